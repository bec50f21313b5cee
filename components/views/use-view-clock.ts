"use client";

import { useEffect, useState } from "react";
import { REFRESH_MS, type RefreshChoice } from "@/lib/time-range/options";

/**
 * The "now" a view resolves its range at. It starts at the server's `initialNow` (so server and client
 * render the same window) and, with auto-refresh on a relative range, moves forward every period while
 * the tab is visible; a hidden tab pauses and catches up as soon as it is shown again.
 */
export function useViewClock(initialNow: number, refresh: RefreshChoice, relative: boolean): number {
  const [tick, setTick] = useState<{ base: number; now: number }>({ base: initialNow, now: initialNow });
  const now = tick.base === initialNow ? tick.now : initialNow;
  const period = relative ? REFRESH_MS[refresh] : null;

  useEffect(() => {
    if (period === null) return;
    let last = Date.now();
    const advance = () => {
      last = Date.now();
      setTick({ base: initialNow, now: Math.floor(last / 1000) });
    };
    const timer = setInterval(() => {
      if (!document.hidden) advance();
    }, period);
    const onVisible = () => {
      if (!document.hidden && Date.now() - last >= period) advance();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [period, initialNow]);

  return now;
}
