import type { ApiAccumulationMetric } from "@/lib/api/contract";
import { INTERVAL_SECONDS, type Interval, type MetricUnit } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { fillBucketsToWidth } from "./fit-to-width";
import { type BucketRow, type ChartSeries, mergeBucketSeries } from "./merge-series";
import { niceValueAxis, type ValueAxis } from "./value-axis";

export interface BarChartData {
  readonly series: readonly ChartSeries[];
  /** Every bucket of the range, in time order; a series' column is null where S2 had no data. */
  readonly rows: readonly BucketRow[];
  readonly unit: MetricUnit;
  /** For stacked bars: the axis reaches the tallest stack. */
  readonly valueAxis: ValueAxis;
  /** The width of the buckets received, seconds: S2's interval, or the proxy's summed width. */
  readonly sourceSeconds: number;
  /** The width of a typical displayed bar, seconds (larger than the source when re-bucketed). */
  readonly barSeconds: number;
}

export interface BarChartOptions extends EpochRange {
  /** Current epoch seconds, to mark the bucket still filling. */
  readonly now: number;
  /** The interval asked for; used only when no series came back to read one from. */
  readonly interval: Interval;
}

/**
 * Everything a stacked accumulation bar chart draws for a chart `widthPx` wide: each series laid on
 * the full axis of the range (absent buckets stay null), then summed into coarser bars if there are
 * more buckets than the width can show. Series are put on the coarsest interval any of them reports,
 * which `fillBuckets` does by summing, so rows always line up bucket for bucket.
 */
export function shapeBarChart(
  accumulations: readonly ApiAccumulationMetric[],
  opts: BarChartOptions,
  widthPx: number,
): BarChartData {
  const unit = accumulations[0]?.unit ?? "operations";
  const sourceSeconds = accumulations.reduce(
    (widest, a) => Math.max(widest, a.reduced?.bucketSeconds ?? INTERVAL_SECONDS[a.interval]),
    accumulations.length > 0 ? 0 : INTERVAL_SECONDS[opts.interval],
  );
  const axis = { start: opts.start, end: opts.end, intervalSeconds: sourceSeconds, now: opts.now };
  const named = accumulations.map((a) => ({
    name: a.name,
    buckets: fillBucketsToWidth(a.values, axis, widthPx),
  }));
  const { series, rows } = mergeBucketSeries(named);
  let tallest = 0;
  for (const row of rows) {
    let stack = 0;
    for (const s of series) stack += Math.max(0, row[s.key] ?? 0);
    tallest = Math.max(tallest, stack);
  }
  const middle = rows[Math.floor(rows.length / 2)];
  return {
    series,
    rows,
    unit,
    valueAxis: niceValueAxis(tallest, unit),
    sourceSeconds,
    barSeconds: middle === undefined ? sourceSeconds : middle.to - middle.from,
  };
}
