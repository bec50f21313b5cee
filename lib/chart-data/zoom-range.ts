import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { INTERVAL_SECONDS } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { type IntervalChoice, RELATIVE_UNIT_SECONDS, RELATIVE_UNITS } from "@/lib/time-range/options";
import type { RangeSpec } from "@/lib/time-range/search-params";

/** The narrowest zoom: one minute, S2's finest bucket. */
export const MIN_ZOOM_SECONDS = 60;
/** The widest zoom-out: the longest range a view serves (13 months). */
export const MAX_ZOOM_SECONDS = MAX_VIEW_RANGE_SECONDS;
/** A fixed interval is kept after zooming in only while the span still holds this many of its buckets. */
export const MIN_BUCKETS_AFTER_ZOOM = 4;

/**
 * The window a drag from `a` to `b` (or a click on the bar `[a, b)`) zooms to: either order, snapped
 * outward to whole minutes (S2's finest bucket), at least a minute, and never past `now`.
 */
export function zoomToSpan(a: number, b: number, now: number): EpochRange {
  const minute = MIN_ZOOM_SECONDS;
  const latest = Math.floor(now);
  let end = Math.min(Math.ceil(Math.max(a, b) / minute) * minute, latest);
  let start = Math.floor(Math.min(a, b) / minute) * minute;
  if (end - start < minute) {
    end = Math.min(start + minute, latest);
    start = Math.min(start, end - minute);
  }
  return { start, end };
}

/**
 * The view's range widened `factor` times around its centre (2x by default), at most 13 months, and
 * moved back so that it never ends after `now`.
 */
export function zoomOut(range: EpochRange, now: number, factor = 2): EpochRange {
  const latest = Math.floor(now);
  const length = Math.max(MIN_ZOOM_SECONDS, range.end - range.start);
  const wider = Math.min(MAX_ZOOM_SECONDS, Math.round(length * factor));
  const centre = (range.start + range.end) / 2;
  const end = Math.min(latest, Math.round(centre + wider / 2));
  return { start: end - wider, end };
}

/**
 * The interval to keep after zooming to a span: `auto` stays auto (it picks a finer one by itself); a
 * fixed interval that would leave fewer than `MIN_BUCKETS_AFTER_ZOOM` bars (a 2-hour zoom at "day")
 * falls back to auto, so zooming in reaches the finer data S2 has instead of one fat bar.
 */
export function intervalAfterZoom(choice: IntervalChoice, spanSeconds: number): IntervalChoice {
  if (choice === "auto") return choice;
  return spanSeconds / INTERVAL_SECONDS[choice] >= MIN_BUCKETS_AFTER_ZOOM ? choice : "auto";
}

/**
 * How a zoomed window is written in the URL. Absolute epoch seconds, so the link names exactly the
 * span zoomed to; except a window ending at `now` from a view that was following now (`live`), which
 * stays relative (`now-48h` to `now`) so that zooming out of "Last 24 hours" keeps moving with time.
 */
export function zoomRangeSpec(range: EpochRange, now: number, live: boolean): RangeSpec {
  const length = range.end - range.start;
  if (live && range.end === Math.floor(now)) {
    const unit = [...RELATIVE_UNITS].reverse().find((u) => length % RELATIVE_UNIT_SECONDS[u] === 0);
    if (unit !== undefined) {
      return {
        kind: "custom",
        from: { kind: "ago", amount: length / RELATIVE_UNIT_SECONDS[unit], unit },
        to: { kind: "now" },
      };
    }
  }
  return {
    kind: "custom",
    from: { kind: "absolute", t: range.start },
    to: { kind: "absolute", t: range.end },
  };
}
