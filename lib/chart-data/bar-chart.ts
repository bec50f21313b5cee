import type { ApiAccumulationMetric } from "@/lib/api/contract";
import { INTERVAL_SECONDS, type Interval, type MetricUnit } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import type { ValuesChoice } from "@/lib/time-range/options";
import { fillBucketsToWidth } from "./fit-to-width";
import { type BucketRow, type ChartSeries, mergeBucketSeries } from "./merge-series";
import { bucketRate, toRateRows } from "./rates";
import { niceValueAxis, type ValueAxis } from "./value-axis";

export interface BarChartData {
  readonly series: readonly ChartSeries[];
  /**
   * Every bucket of the range, in time order, as drawn: per-second rates or bucket totals (`values`);
   * a series' column is null where S2 had no data. With a previous period, `previous` holds its stack
   * (all series summed) in the same terms, or null where it had no data.
   */
  readonly rows: readonly BucketRow[];
  /** The same buckets as bucket totals, whatever is drawn: what tooltips quote. */
  readonly totals: readonly BucketRow[];
  readonly values: ValuesChoice;
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
  /** Draw per-second rates (bucket total / bucket seconds) or bucket totals. Default: totals. */
  readonly values?: ValuesChoice;
  /** The previous period's series, already shifted onto this range (`shiftMetrics`), to overlay. */
  readonly previous?: readonly ApiAccumulationMetric[];
  /** Draw only this series (legend isolation); the axis fits it alone. */
  readonly only?: string | null;
}

/**
 * Everything a stacked accumulation bar chart draws for a chart `widthPx` wide: each series laid on
 * the full axis of the range (absent buckets stay null), then summed into coarser bars if there are
 * more buckets than the width can show. Series are put on the coarsest interval any of them reports,
 * which `fillBuckets` does by summing, so rows always line up bucket for bucket.
 */
export function shapeBarChart(
  all: readonly ApiAccumulationMetric[],
  opts: BarChartOptions,
  widthPx: number,
): BarChartData {
  const { only = null, values = "total" } = opts;
  const keep = (a: ApiAccumulationMetric) => only === null || a.name === only;
  const accumulations = all.filter(keep);
  const previous = (opts.previous ?? []).filter(keep);
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
  const { series, rows: totals } = mergeBucketSeries(named);
  const drawn = values === "rate" ? toRateRows(totals, series, opts.now) : totals;
  const before = previousStacks(previous, axis, widthPx);
  const rows =
    previous.length === 0
      ? drawn
      : drawn.map((row) => {
          const total = before.get(row.from) ?? null;
          // The previous period's buckets are all whole: a rate divides by the bar's full width.
          const value = values === "rate" ? bucketRate(total, row, row.to) : total;
          return { ...row, previous: value } as BucketRow;
        });
  let tallest = 0;
  for (const row of rows) {
    let stack = 0;
    for (const s of series) stack += Math.max(0, row[s.key] ?? 0);
    tallest = Math.max(tallest, stack, row.previous ?? 0);
  }
  const middle = rows[Math.floor(rows.length / 2)];
  return {
    series,
    rows,
    totals,
    values,
    unit,
    valueAxis: niceValueAxis(tallest, unit, 4, { perSecond: values === "rate" }),
    sourceSeconds,
    barSeconds: middle === undefined ? sourceSeconds : middle.to - middle.from,
  };
}

/** The previous period's stack per bar (the sum of its series), by bar start; absent where all were. */
function previousStacks(
  previous: readonly ApiAccumulationMetric[],
  axis: Parameters<typeof fillBucketsToWidth>[1],
  widthPx: number,
): Map<number, number> {
  const stacks = new Map<number, number>();
  for (const a of previous) {
    for (const b of fillBucketsToWidth(a.values, axis, widthPx)) {
      if (b.value !== null) stacks.set(b.from, (stacks.get(b.from) ?? 0) + b.value);
    }
  }
  return stacks;
}
