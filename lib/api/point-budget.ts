import { reduceToPointBudget } from "@/lib/chart-data/reduce-to-point-budget";
import type { MetricSetResponse } from "@/lib/s2/contract";
import type { ApiMetricSetResponse, MetricsQuery } from "./contract";

/** S2's answer as is, or reduced to the `points` the browser asked for (see `reduceToPointBudget`). */
export function withPointBudget(
  response: MetricSetResponse,
  query: MetricsQuery<string>,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): ApiMetricSetResponse {
  if (query.points === undefined) return response;
  return reduceToPointBudget(response, {
    range: { start: query.start, end: query.end },
    now: nowSeconds,
    maxPoints: query.points,
  });
}
