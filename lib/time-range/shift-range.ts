import { intervalAfterZoom, zoomOut, zoomRangeSpec } from "@/lib/chart-data/zoom-range";
import type { EpochRange } from "./epoch-range";
import type { ViewState } from "./search-params";

export type ShiftDirection = "back" | "forward";

/**
 * The window one length earlier or later than `range` (the window on screen). Forward never passes
 * `now`: a step that would is cut to end at now, and a window already ending at now has nowhere to go
 * (null).
 */
export function shiftWindow(range: EpochRange, now: number, direction: ShiftDirection): EpochRange | null {
  const latest = Math.floor(now);
  const length = range.end - range.start;
  if (length <= 0) return null;
  if (direction === "back") return { start: range.start - length, end: range.end - length };
  if (range.end >= latest) return null;
  const end = Math.min(latest, range.end + length);
  return { start: end - length, end };
}

/**
 * The view state after shifting its window (`shown`, the window on screen) back or forward by its
 * length, written as zooming writes it (`zoomRangeSpec`): absolute times, except a step forward that
 * lands on now, which goes back to following now ("Last 24 hours" again). Null when there is nowhere to go.
 */
export function shiftView(
  state: ViewState,
  shown: EpochRange,
  now: number,
  direction: ShiftDirection,
): ViewState | null {
  const next = shiftWindow(shown, now, direction);
  if (next === null) return null;
  return { ...state, range: zoomRangeSpec(next, now, direction === "forward") };
}

/** The view state zoomed out 2x around its centre (`zoomOut`), keeping a live view live. */
export function zoomOutView(state: ViewState, shown: EpochRange, now: number, live: boolean): ViewState {
  const wider = zoomOut(shown, now);
  return {
    ...state,
    range: zoomRangeSpec(wider, now, live),
    interval: intervalAfterZoom(state.interval, wider.end - wider.start),
  };
}
