"use client";

import { useMemo } from "react";
import { useViewZone } from "@/components/pickers/use-time-zone";
import { useViewParams } from "@/components/pickers/use-view-params";
import { resolveViewWindow } from "@/lib/time-range/resolve-range";
import { isRelativeRange } from "@/lib/view/is-relative";
import { useViewClock } from "./use-view-clock";

/**
 * Everything a view's panels share: the URL state, the moving "now", the window shown (clamped and
 * aligned to whole buckets by `resolveViewWindow`, or why it cannot be asked for) and the zone every time is printed in.
 */
export function useViewWindow(initialNow: number) {
  const { state, issues } = useViewParams();
  const now = useViewClock(initialNow, state.refresh, isRelativeRange(state.range));
  const zone = useViewZone(state.tz);
  // The zone places calendar ranges (this month begins at the zone's midnight).
  const resolved = useMemo(() => resolveViewWindow(state, now, zone), [state, now, zone]);
  return { state, issues, now, resolved, zone };
}

export type ViewWindow = ReturnType<typeof useViewWindow>;
