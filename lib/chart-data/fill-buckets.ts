import type { Point } from "@/lib/s2/contract";
import { alignDown, type BucketAxis } from "@/lib/time-range/epoch-range";
import { sumIntoGroups } from "./bar-groups";

/** One bar of an accumulation chart: the total over `[from, to)` in epoch seconds. */
export interface Bucket {
  readonly from: number;
  readonly to: number;
  /** null = S2 returned no bucket here ("no data"); 0 = a recorded zero. Never conflate the two. */
  readonly value: number | null;
  /** The bucket holds `now` (or a re-bucketed span contains such a bucket): its total is still growing. */
  readonly partial: boolean;
}

export interface FillOptions extends BucketAxis {
  /** The current time (epoch seconds), to mark the bucket that is still filling. */
  readonly now: number;
}

/** A guard against a mistaken interval or range turning into millions of bars. */
export const MAX_FILLED_BUCKETS = 100_000;

/**
 * Lays an accumulation series on an axis holding every interval-aligned bucket from `alignDown(start)`
 * up to `end` (exclusive). S2 leaves out buckets without data; they come back as `value: null` so the
 * chart draws nothing there instead of a false zero. Points off the axis are dropped, and two points in
 * one bucket (never sent by S2, but cheap to survive) are summed, as counter buckets are.
 * Throws RangeError on a non-positive interval or an axis over MAX_FILLED_BUCKETS: caller bugs, not data.
 */
export function fillBuckets(points: readonly Point[], opts: FillOptions): Bucket[] {
  const { start, end, intervalSeconds, now } = opts;
  if (!(intervalSeconds > 0) || !Number.isFinite(intervalSeconds)) {
    throw new RangeError(`intervalSeconds must be a positive number, got ${intervalSeconds}`);
  }
  const first = alignDown(start, intervalSeconds);
  const count = Math.max(0, Math.ceil((end - first) / intervalSeconds));
  if (count > MAX_FILLED_BUCKETS) {
    throw new RangeError(`an axis of ${count} buckets exceeds ${MAX_FILLED_BUCKETS}; use a coarser interval`);
  }

  const totals = sumIntoGroups(points, opts, intervalSeconds);
  const buckets: Bucket[] = [];
  for (let i = 0; i < count; i++) {
    const from = first + i * intervalSeconds;
    const to = from + intervalSeconds;
    buckets.push({ from, to, value: totals.get(from) ?? null, partial: from <= now && now < to });
  }
  return buckets;
}
