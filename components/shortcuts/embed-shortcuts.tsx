"use client";

import type { EmbedView } from "@/lib/embed/embed-spec";
import { requestedRangeDenial } from "@/lib/embed/embed-state";
import type { ResolvedRange } from "@/lib/time-range/resolve-range";
import type { RangeSpec, ViewState } from "@/lib/time-range/search-params";
import { ViewShortcuts } from "./view-shortcuts";

export interface EmbedShortcutsProps {
  readonly embed: EmbedView;
  readonly state: ViewState;
  readonly resolved: ResolvedRange;
  readonly now: number;
  readonly live: boolean;
  /** The frame's own way of applying a range (its URL, without a navigation). */
  readonly onRange: (range: RangeSpec) => void;
}

/**
 * The view shortcuts inside an embed frame: refresh and `?` always; the range keys only when the token
 * lets viewers change the range, and then only to ranges the token allows (as a portal's request is
 * checked). Compare is not an embed option, so `c` does nothing there.
 */
export function EmbedShortcuts({ embed, state, resolved, now, live, onRange }: EmbedShortcutsProps) {
  return (
    <ViewShortcuts
      shown={resolved.ok ? resolved.range : null}
      now={now}
      live={live}
      state={state}
      onNavigate={(next) => {
        if (next.range === state.range) return false;
        if (requestedRangeDenial(embed, next.range, Math.floor(Date.now() / 1000)) !== null) return false;
        onRange(next.range);
        return true;
      }}
    />
  );
}
