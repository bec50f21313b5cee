import type { ApiMetric, ApiMetricSetResponse } from "@/lib/api/contract";
import { reduceToPointBudget } from "@/lib/chart-data/reduce-to-point-budget";
import type { Metric, MetricSetResponse } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { barsForPoints } from "./fetch-interval";

/**
 * A stitched set cut down to what the chart can show (`reduceToPointBudget`, the one reduction): gauges
 * to `points` readings by min-max, so every peak survives; accumulations to the bars the same width holds
 * (`barsForPoints`), summed, blank bars left out. Without `points` the answer is S2's as is.
 */
export function reduceForScreen(
  response: MetricSetResponse,
  opts: { range: EpochRange; now: number; points?: number },
): ApiMetricSetResponse {
  const { range, now, points } = opts;
  if (points === undefined) return response;
  const isAccumulation = (m: Metric) => "accumulation" in m;
  const bars = reduceToPointBudget(
    { values: response.values.filter(isAccumulation) },
    { range, now, maxPoints: barsForPoints(points) },
  ).values;
  const lines = reduceToPointBudget(
    { values: response.values.filter((m) => !isAccumulation(m)) },
    { range, now, maxPoints: points },
  ).values;
  // Back in S2's order: each of the two lists keeps the order of its kind.
  let b = 0;
  let l = 0;
  const values = response.values.map(
    (m): ApiMetric => (isAccumulation(m) ? bars[b++] : lines[l++]) as ApiMetric,
  );
  return { values };
}
