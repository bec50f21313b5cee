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
 * epoch time (so day buckets start at 00:00 UTC), and so must we.
 */
export function alignDown(t: number, intervalSeconds: number): number {
  return Math.floor(t / intervalSeconds) * intervalSeconds;
}

/** Whether the bucket starting at `t` overlaps the axis, i.e. `alignDown(start) <= t < end`. */
export function isOnAxis(t: number, axis: BucketAxis): boolean {
  return t >= alignDown(axis.start, axis.intervalSeconds) && t < axis.end;
}
