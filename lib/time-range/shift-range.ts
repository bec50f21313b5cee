import { intervalAfterZoom, zoomOut, zoomRangeSpec } from "@/lib/chart-data/zoom-range";
import type { EpochRange } from "./epoch-range";
import type { ViewState } from "./search-params";

export type ShiftDirection = "back" | "forward";

/** A forward step ending this close to now (a share of the window's length) lands on now itself. */
const SNAP_TO_NOW = 0.05;

/**
 * The window one length earlier or later than `range` (the window on screen). Forward never passes
 * `now`: a step that would, or that ends within a twentieth of the length of it (the window on screen
 * was resolved a moment ago, so stepping back and forward again ends seconds short of now), ends at
 * now, its length in whole minutes so that it can be written as `now-<n>m`. A window already ending
 * at now has nowhere to go (null).
 */
export function shiftWindow(range: EpochRange, now: number, direction: ShiftDirection): EpochRange | null {
  const latest = Math.floor(now);
  const length = range.end - range.start;
  if (length <= 0) return null;
  if (direction === "back") return { start: range.start - length, end: range.end - length };
  if (range.end >= latest - SNAP_TO_NOW * length) return null;
  if (range.end + length < latest - SNAP_TO_NOW * length) {
    return { start: range.start + length, end: range.end + length };
  }
  return liveWindow(length, latest);
}

/** The window of about `length` ending at `latest`, its length rounded to whole minutes. */
function liveWindow(length: number, latest: number): EpochRange {
  return { start: latest - Math.max(60, Math.round(length / 60) * 60), end: latest };
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
  const zoomed = zoomOut(shown, now);
  // A live view stays live: its wider window ends at now, in whole minutes (`now-<n>m`).
  const wider =
    live && zoomed.end === Math.floor(now) ? liveWindow(zoomed.end - zoomed.start, zoomed.end) : zoomed;
  return {
    ...state,
    range: zoomRangeSpec(wider, now, live),
    interval: intervalAfterZoom(state.interval, wider.end - wider.start),
  };
}
