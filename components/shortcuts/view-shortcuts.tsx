"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useViewParams } from "@/components/pickers/use-view-params";
import { isTypingTarget, type ShortcutAction, shortcutFor } from "@/lib/shortcuts/keymap";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import type { ViewState } from "@/lib/time-range/search-params";
import { shiftView, zoomOutView } from "@/lib/time-range/shift-range";
import { ShortcutsDialog } from "./shortcuts-dialog";

export interface ViewShortcutsProps {
  /** The window on screen (the resolved, aligned range), or null when the range cannot be shown. */
  readonly shown: EpochRange | null;
  /** The "now" the window was resolved at. */
  readonly now: number;
  /** Whether the view follows now (a preset or `to=now`), so zooming out keeps it following. */
  readonly live: boolean;
  /** The state to move from, where the page keeps its own (an embed frame); the URL's by default. */
  readonly state?: ViewState;
  /**
   * Applies a new state instead of navigating (an embed frame checks the range against its token);
   * returns whether it was applied, so a refused key is left to the page.
   */
  readonly onNavigate?: (next: ViewState) => boolean;
}

/** Focuses (and for the range picker, opens) the control a page marks with `data-shortcut-target`. */
function activateTarget(name: string, open: boolean): boolean {
  const target = document.querySelector<HTMLElement>(`[data-shortcut-target="${name}"]`);
  // A control inside a closed sheet (small screens) has no box: nothing to jump to.
  if (target === null || target.getClientRects().length === 0) return false;
  target.focus();
  if (open && target.getAttribute("aria-expanded") !== "true") target.click();
  return true;
}

/**
 * The view's keyboard shortcuts (lib/shortcuts/keymap.ts): move the range back or forward by its
 * length, zoom out, refresh, open the range picker, filter by name, toggle compare, and `?` for the
 * list. Mounted once per page (the view header; an embed frame may mount it too). Keys typed into a
 * field or pressed with Ctrl, Cmd or Alt are left alone.
 */
export function ViewShortcuts({ shown, now, live, state: ownState, onNavigate }: ViewShortcutsProps) {
  const params = useViewParams();
  const state = ownState ?? params.state;
  const navigate = useCallback(
    (next: ViewState): boolean => {
      if (onNavigate) return onNavigate(next);
      params.navigate(next);
      return true;
    },
    [onNavigate, params.navigate],
  );
  const queryClient = useQueryClient();
  const [helpOpen, setHelpOpen] = useState(false);
  // The handler is registered once; it reads the latest view through this ref.
  const latest = useRef({ state, shown, now, live });
  latest.current = { state, shown, now, live };

  const run = useCallback(
    (action: ShortcutAction): boolean => {
      const view = latest.current;
      switch (action) {
        case "shift-back":
        case "shift-forward": {
          if (view.shown === null) return false;
          const direction = action === "shift-back" ? "back" : "forward";
          const next = shiftView(view.state, view.shown, Math.floor(Date.now() / 1000), direction);
          return next !== null && navigate(next);
        }
        case "zoom-out":
          if (view.shown === null) return false;
          return navigate(zoomOutView(view.state, view.shown, Math.floor(Date.now() / 1000), view.live));
        case "refresh":
          void queryClient.refetchQueries({ type: "active" });
          return true;
        case "focus-range":
          return activateTarget("time-range", true);
        case "focus-filter":
          return activateTarget("name-filter", false);
        case "toggle-compare":
          return navigate({ ...view.state, compare: !view.state.compare });
        case "help":
          setHelpOpen(true);
          return true;
      }
    },
    [navigate, queryClient],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      // While the list is open it has the keyboard (Escape closes it).
      if (document.querySelector("dialog[open][data-shortcuts-dialog]")) return;
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        typing: isTypingTarget(event.target as HTMLElement | null),
      });
      // preventDefault keeps "/" out of the field it focuses and Shift+arrows from selecting text.
      if (action !== null && run(action)) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [run]);

  return <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />;
}
