import type { Point } from "@/lib/s2/contract";
import { type DownsampleMethod, downsampleGauge } from "./downsample-gauge";
import type { Bucket } from "./fill-buckets";
import { planReduction } from "./point-budget";
import { rebucketSum } from "./rebucket-sum";

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
