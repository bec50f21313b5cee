import { MAX_RANGE_SECONDS } from "@/lib/s2/contract";

/**
 * A half-open time window `[start, end)` in Unix epoch seconds, the unit S2 speaks on the wire.
 * Shared by range resolution, meter maths and chart shaping so they cannot disagree about units.
 */
export interface EpochRange {
  readonly start: number;
  readonly end: number;
}

/** A range plus the bucket width of the series drawn over it. */
export interface BucketAxis extends EpochRange {
  readonly intervalSeconds: number;
}

/**
 * The start of the interval-aligned bucket holding `t`. S2 aligns bucket timestamps to the interval in
 * epoch time (so day buckets start at 00:00 UTC), and so must we. The one implementation in the app.
 */
export function alignDown(t: number, intervalSeconds: number): number {
  return Math.floor(t / intervalSeconds) * intervalSeconds;
}

/** Whether the bucket starting at `t` overlaps the axis, i.e. `alignDown(start) <= t < end`. */
export function isOnAxis(t: number, axis: BucketAxis): boolean {
  return t >= alignDown(axis.start, axis.intervalSeconds) && t < axis.end;
}

/**
 * The window to ask S2 for so that every bucket of it is whole: S2 (and the embedded backend) answer a
 * start that is not on a boundary with a first bucket holding only the part after the start, which a
 * chart would label as the whole bucket. The start moves down to its bucket's boundary; where that
 * would make the window longer than may be asked for (`maxSeconds`: S2's 30 days per call, or a view's
 * 13 months; a window of exactly that length by day), it moves up to the next
 * boundary instead, so the window stays askable and its first bucket still whole. The end is left as
 * it is: the bucket holding it is the one still filling (or cut by the window's end), marked as such.
 */
export function alignWindow(
  range: EpochRange,
  intervalSeconds: number,
  maxSeconds: number = MAX_RANGE_SECONDS,
): EpochRange {
  const down = alignDown(range.start, intervalSeconds);
  if (range.end - down <= maxSeconds) return { start: down, end: range.end };
  const up = Math.ceil((range.end - maxSeconds) / intervalSeconds) * intervalSeconds;
  return { start: Math.min(up, range.end), end: range.end };
}
