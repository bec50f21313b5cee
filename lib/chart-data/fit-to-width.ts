import type { Point } from "@/lib/s2/contract";
import { alignDown } from "@/lib/time-range/epoch-range";
import { axisGroupFactor, sumIntoGroups } from "./bar-groups";
import { downsampleMinMax } from "./downsample-gauge";
import { type Bucket, type FillOptions, fillBuckets, MAX_FILLED_BUCKETS } from "./fill-buckets";
import { barBudget, pointBudget } from "./point-budget";

/** Gauge readings, min-max downsampled if there are more than a `widthPx` chart can show. */
export function fitGaugeToWidth(points: readonly Point[], widthPx: number): Point[] {
  const maxPoints = pointBudget(widthPx);
  return points.length > maxPoints ? downsampleMinMax(points, maxPoints) : [...points];
}

/**
 * An accumulation series as the bars a `widthPx` chart draws: every bucket of the axis when they fit
 * (`fillBuckets`), otherwise buckets summed into display bars of a nice width (`axisGroupFactor`).
 * Points are summed straight into their display bar rather than first laying out every source bucket:
 * a 30-day minute axis is 43,200 objects per series, built only to be summed away into a few hundred
 * bars. A bar with no point stays null (no data); any bar holding `now` is partial.
 */
export function fillBucketsToWidth(points: readonly Point[], axis: FillOptions, widthPx: number): Bucket[] {
  const { start, end, intervalSeconds, now } = axis;
  const first = alignDown(start, intervalSeconds);
  const count = Math.max(0, Math.ceil((end - first) / intervalSeconds));
  const maxBuckets = barBudget(widthPx);
  if (count <= maxBuckets || count > MAX_FILLED_BUCKETS || !(intervalSeconds > 0)) {
    // Short axes need no grouping, and fillBuckets reports the impossible ones.
    return fillBuckets(points, axis);
  }
  const width = axisGroupFactor(axis, maxBuckets) * intervalSeconds;
  const axisEnd = first + count * intervalSeconds;
  const sums = sumIntoGroups(points, axis, width);
  const out: Bucket[] = [];
  const lastKey = alignDown(axisEnd - intervalSeconds, width);
  for (let key = alignDown(first, width); key <= lastKey; key += width) {
    const from = Math.max(key, first);
    const to = Math.min(key + width, axisEnd);
    out.push({ from, to, value: sums.get(key) ?? null, partial: from <= now && now < to });
  }
  return out;
}
