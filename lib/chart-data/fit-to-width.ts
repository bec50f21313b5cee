import type { Point } from "@/lib/s2/contract";
import { alignDown, isOnAxis } from "@/lib/time-range/epoch-range";
import { type DownsampleMethod, downsampleGauge } from "./downsample-gauge";
import { type Bucket, type FillOptions, fillBuckets, MAX_FILLED_BUCKETS } from "./fill-buckets";
import { barBudget, planReduction } from "./point-budget";
import { axisGroupFactor, rebucketSum } from "./rebucket-sum";

/** Filled accumulation buckets, re-bucketed by summing if there are more than a `widthPx` chart can show. */
export function fitBucketsToWidth(buckets: readonly Bucket[], widthPx: number): Bucket[] {
  const plan = planReduction("accumulation", buckets.length, widthPx);
  return plan.kind === "rebucket" ? rebucketSum(buckets, { maxBuckets: plan.maxBuckets }) : [...buckets];
}

/** Gauge readings, downsampled if there are more than a `widthPx` chart can show. */
export function fitGaugeToWidth(
  points: readonly Point[],
  widthPx: number,
  method?: DownsampleMethod,
): Point[] {
  const plan = planReduction("gauge", points.length, widthPx);
  return plan.kind === "downsample" ? downsampleGauge(points, plan.maxPoints, method) : [...points];
}

/**
 * The same bars as `fitBucketsToWidth(fillBuckets(points, axis), widthPx)`, without first laying out
 * every source bucket: a 30-day minute axis is 43,200 objects per series, built only to be summed away
 * into a few hundred bars, which was most of a bar chart's render time. Points are summed straight into
 * their display bucket (the grouping `rebucketSum` would choose), so the work is one pass over the
 * points plus one per bar.
 */
export function fillBucketsToWidth(points: readonly Point[], axis: FillOptions, widthPx: number): Bucket[] {
  const { start, end, intervalSeconds, now } = axis;
  const first = alignDown(start, intervalSeconds);
  const count = Math.max(0, Math.ceil((end - first) / intervalSeconds));
  const maxBuckets = barBudget(widthPx);
  if (count <= maxBuckets || count > MAX_FILLED_BUCKETS || !(intervalSeconds > 0)) {
    // Short axes need no grouping, and fillBuckets reports the impossible ones.
    return fitBucketsToWidth(fillBuckets(points, axis), widthPx);
  }
  const width = axisGroupFactor(axis, maxBuckets) * intervalSeconds;
  const axisEnd = first + count * intervalSeconds;
  const sums = new Map<number, number>();
  for (const [t, value] of points) {
    if (!isOnAxis(t, axis)) continue;
    const key = alignDown(t, width);
    sums.set(key, (sums.get(key) ?? 0) + value);
  }
  const out: Bucket[] = [];
  const lastKey = alignDown(axisEnd - intervalSeconds, width);
  for (let key = alignDown(first, width); key <= lastKey; key += width) {
    const from = Math.max(key, first);
    const to = Math.min(key + width, axisEnd);
    out.push({ from, to, value: sums.get(key) ?? null, partial: from <= now && now < to });
  }
  return out;
}
