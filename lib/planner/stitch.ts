import type { Metric, MetricSetResponse, Point } from "@/lib/s2/contract";

/**
 * One metric set from the answers of its windows (in time order), in S2's own shape, as if S2 had answered
 * the whole range at once:
 *
 * - accumulations: buckets concatenated. Windows are cut on bucket boundaries, so no bucket is in two of
 *   them; a bucket absent from its window stays absent (blank is not 0). A series that had no data in
 *   some windows (S2 leaves such series out) is still one series.
 * - gauges: readings concatenated; a reading at the same instant in two answers is kept once (the later).
 * - labels: the union, in first-seen order (e.g. basins active in any window were active in the range).
 * - scalars: no set has one today; a scalar is a single reading, so the latest window's stands.
 *
 * Series keep the order in which they first appear.
 */
export function stitchMetricSets(answers: readonly MetricSetResponse[]): MetricSetResponse {
  if (answers.length === 1) return answers[0] as MetricSetResponse;
  const merged = new Map<string, Metric>();
  for (const answer of answers) {
    for (const metric of answer.values) {
      const key = metricKey(metric);
      const earlier = merged.get(key);
      merged.set(key, earlier === undefined ? copy(metric) : join(earlier, metric));
    }
  }
  return { values: [...merged.values()] };
}

function metricKey(metric: Metric): string {
  if ("accumulation" in metric) return `accumulation\0${metric.accumulation.name}`;
  if ("gauge" in metric) return `gauge\0${metric.gauge.name}`;
  if ("label" in metric) return `label\0${metric.label.name}`;
  return `scalar\0${metric.scalar.name}`;
}

function copy(metric: Metric): Metric {
  if ("accumulation" in metric)
    return { accumulation: { ...metric.accumulation, values: [...metric.accumulation.values] } };
  if ("gauge" in metric) return { gauge: { ...metric.gauge, values: [...metric.gauge.values] } };
  if ("label" in metric) return { label: { ...metric.label, values: [...metric.label.values] } };
  return { scalar: { ...metric.scalar } };
}

/** `earlier` is this function's own copy, so it is extended in place. */
function join(earlier: Metric, later: Metric): Metric {
  if ("accumulation" in earlier && "accumulation" in later) {
    appendPoints(earlier.accumulation.values, later.accumulation.values);
    return earlier;
  }
  if ("gauge" in earlier && "gauge" in later) {
    appendPoints(earlier.gauge.values, later.gauge.values);
    return earlier;
  }
  if ("label" in earlier && "label" in later) {
    const seen = new Set(earlier.label.values);
    for (const value of later.label.values) {
      if (seen.has(value)) continue;
      earlier.label.values.push(value);
      seen.add(value);
    }
    return earlier;
  }
  return copy(later);
}

/** Appends points after the last one held; a point at an instant already held replaces it. */
function appendPoints(into: Point[], more: readonly Point[]): void {
  for (const point of more) {
    const last = into.at(-1);
    if (last !== undefined && point[0] <= last[0]) {
      const at = into.findLastIndex((p) => p[0] === point[0]);
      if (at >= 0) into[at] = point;
      else insertSorted(into, point);
    } else {
      into.push(point);
    }
  }
}

function insertSorted(into: Point[], point: Point): void {
  const at = into.findIndex((p) => p[0] > point[0]);
  into.splice(at < 0 ? into.length : at, 0, point);
}
