import { resolveTimeZone } from "@/lib/format/time-zone";
import { autoInterval, rangeBounds, resolveViewWindow } from "./resolve-range";
import type { ViewState } from "./search-params";

/**
 * The state for "Copy link": the same view pinned to the absolute window on screen at `now` (the window
 * `resolveViewWindow` aligned and clamped, not the one the URL named), so the recipient sees what the sender
 * saw. Auto-refresh is switched off because a pinned window never moves. An `auto` interval is kept
 * unless the aligned window's length would make auto choose differently (a 6 h window by minute grows
 * by up to 59 s when aligned); then the interval on screen is written out. `zone` places a calendar
 * range ("this month") as the view did; the zone choice itself (`tz`) is kept in the link.
 */
export function pinRange(state: ViewState, now: number, viewZone?: string): ViewState {
  // Without the view's zone, the state's own choice ("local" is the runtime's zone, as in a browser).
  const zone = viewZone ?? resolveTimeZone(state.tz);
  const resolved = resolveViewWindow(state, now, zone);
  const { start, end } = resolved.ok ? resolved.range : rangeBounds(state.range, now, zone);
  const keepAuto =
    !resolved.ok || state.interval !== "auto" || autoInterval(end - start) === resolved.interval;
  return {
    ...state,
    range: { kind: "custom", from: { kind: "absolute", t: start }, to: { kind: "absolute", t: end } },
    interval: keepAuto ? state.interval : resolved.interval,
    refresh: "off",
  };
}
