import type {
  ApiAccumulationMetric,
  ApiGaugeMetric,
  ApiMetric,
  ApiMetricSetResponse,
} from "@/lib/api/contract";
import { accumulationStats } from "@/lib/meter/accumulation-stats";
import { gaugeStats } from "@/lib/meter/gauge-stats";
import {
  type AccumulationMetric,
  type GaugeMetric,
  INTERVAL_SECONDS,
  type MetricSetResponse,
  type Point,
} from "@/lib/s2/contract";
import type { BucketAxis, EpochRange } from "@/lib/time-range/epoch-range";
import { axisGroupFactor, sumIntoGroups } from "./bar-groups";
import { downsampleMinMax } from "./downsample-gauge";

export interface PointBudgetOptions {
  readonly range: EpochRange;
  /** Epoch seconds: a gauge's last reading is not carried past it in the totals. */
  readonly now: number;
  /** The most points any series may keep. */
  readonly maxPoints: number;
}

/**
 * The proxy's side of the point budget: a chart never draws more than ~2 points per pixel, so a 30-day
 * minute series (43,200 readings, ~1 MB of JSON) is cut down before it leaves the server, with the same
 * reductions the browser would apply, and with the figures those reductions would lose sent alongside:
 *
 * - a gauge is min-max downsampled (every run's extremes survive, so the line looks the same and its
 *   peak is on it); its latest reading, peak and time-weighted total are computed from every reading;
 * - an accumulation's buckets are summed into epoch-aligned groups of a whole number of buckets (sums
 *   keep totals true); a group in which S2 had no bucket is left out, so the bar chart still draws
 *   nothing there; its total and the count of buckets with data are computed from every bucket.
 *
 * All accumulations of a set are grouped alike, so their bars still line up. Series within the budget
 * are returned untouched.
 */
export function reduceToPointBudget(
  response: MetricSetResponse,
  opts: PointBudgetOptions,
): ApiMetricSetResponse {
  const { range, now, maxPoints } = opts;
  const needsGrouping = response.values.some(
    (m) => "accumulation" in m && m.accumulation.values.length > maxPoints,
  );
  const values = response.values.map((metric): ApiMetric => {
    if ("gauge" in metric && metric.gauge.values.length > maxPoints) {
      return { gauge: reduceGauge(metric.gauge, range, now, maxPoints) };
    }
    if ("accumulation" in metric && needsGrouping) {
      return { accumulation: groupAccumulation(metric.accumulation, range, maxPoints) };
    }
    return metric;
  });
  return { values };
}

function reduceGauge(gauge: GaugeMetric, range: EpochRange, now: number, maxPoints: number): ApiGaugeMetric {
  const stats = gaugeStats(gauge.values, range, { now });
  return {
    ...gauge,
    values: downsampleMinMax(gauge.values, maxPoints),
    reduced: {
      readings: gauge.values.length,
      latest: stats.latest,
      peak: stats.peak,
      totalUnitSeconds: stats.totalUnitSeconds,
    },
  };
}

function groupAccumulation(
  accumulation: AccumulationMetric,
  range: EpochRange,
  maxPoints: number,
): ApiAccumulationMetric {
  const axis: BucketAxis = { ...range, intervalSeconds: INTERVAL_SECONDS[accumulation.interval] };
  const factor = axisGroupFactor(axis, maxPoints);
  const bucketSeconds = axis.intervalSeconds * factor;
  const stats = accumulationStats(accumulation.values, axis);
  const groups = sumIntoGroups(accumulation.values, axis, bucketSeconds);
  const values: Point[] = [...groups].sort((a, b) => a[0] - b[0]);
  return {
    ...accumulation,
    values,
    reduced: { bucketSeconds, bucketsWithData: stats.bucketsWithData, total: stats.total },
  };
}
