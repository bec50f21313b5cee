import type { Point } from "@/lib/s2/contract";
import { type BucketAxis, isOnAxis } from "@/lib/time-range/epoch-range";

export interface AccumulationStats {
  /** Sum of the buckets present; null when none was present ("no data", which is not a recorded 0). */
  readonly total: number | null;
  /** How many buckets had data: a recorded zero counts, an absent bucket does not. */
  readonly bucketsWithData: number;
}

/**
 * The total of a counter over a range: the plain sum of its buckets (CONTRACT.md). Given an axis, only
 * buckets overlapping it count, by the same rule `fillBuckets` uses, so the stat card always equals the
 * sum of the bars on the chart; without one, every bucket S2 returned counts.
 */
export function accumulationStats(points: readonly Point[], axis?: BucketAxis): AccumulationStats {
  let total = 0;
  let bucketsWithData = 0;
  for (const [t, value] of points) {
    if (axis !== undefined && !isOnAxis(t, axis)) continue;
    total += value;
    bucketsWithData++;
  }
  return { total: bucketsWithData > 0 ? total : null, bucketsWithData };
}
