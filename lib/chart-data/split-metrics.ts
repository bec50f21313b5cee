import type { ApiAccumulationMetric, ApiGaugeMetric, ApiMetric } from "@/lib/api/contract";
import type { LabelMetric, ScalarMetric } from "@/lib/s2/contract";

/** A set's metrics by type; gauges and accumulations may carry the proxy's `reduced` figures. */
export interface MetricsByType {
  readonly scalars: ScalarMetric[];
  readonly accumulations: ApiAccumulationMetric[];
  readonly gauges: ApiGaugeMetric[];
  readonly labels: LabelMetric[];
}

/**
 * Sorts a set's metrics by type, because a view renders by type (bars, lines, stat cards, chips) and
 * must not depend on which series names came back (CONTRACT.md).
 */
export function splitMetricsByType(metrics: readonly ApiMetric[]): MetricsByType {
  const out: MetricsByType = { scalars: [], accumulations: [], gauges: [], labels: [] };
  for (const metric of metrics) {
    if ("scalar" in metric) out.scalars.push(metric.scalar);
    else if ("accumulation" in metric) out.accumulations.push(metric.accumulation);
    else if ("gauge" in metric) out.gauges.push(metric.gauge);
    else out.labels.push(metric.label);
  }
  return out;
}
