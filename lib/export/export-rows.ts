import type { ApiAccumulationMetric, ApiGaugeMetric } from "@/lib/api/contract";
import { fillBuckets } from "@/lib/chart-data/fill-buckets";
import { bucketRate } from "@/lib/chart-data/rates";
import { compareNames } from "@/lib/chart-data/series-colors";
import type { MetricsByType } from "@/lib/chart-data/split-metrics";
import { type StatCardData, statCardsFor } from "@/lib/chart-data/stat-cards";
import { sortedPoints } from "@/lib/meter/sorted-points";
import { INTERVAL_SECONDS, type Interval, type MetricUnit, type Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";

/**
 * One exported line: a bucket of an accumulation, a reading of a gauge, a label value, or a summary
 * figure equal to a stat card. Times are epoch seconds; formatting (ISO in the view's zone, quoting) is
 * the serialiser's job, so the table view and the CSV share these rows exactly.
 */
export interface ExportRow {
  readonly kind: "bucket" | "reading" | "label" | "summary";
  readonly series: string;
  /** For summary rows: "total", "latest", "peak", "time-weighted total" or "value"; null otherwise. */
  readonly statistic: string | null;
  readonly metricType: "accumulation" | "gauge" | "scalar" | "label";
  /** "bytes", "operations", or for a gauge's time-weighted total "byte-hours" / "operation-hours". */
  readonly unit: string;
  /** The width of an accumulation's buckets; null for gauges, labels and summaries of them. */
  readonly interval: Interval | null;
  readonly start: number;
  readonly end: number;
  /** null = no data (an absent bucket, never 0); a string only for label values. */
  readonly value: number | string | null;
  /**
   * A bucket's total per second, as the bars draw it by default (`bucketRate`: the bucket still filling
   * is divided by the seconds elapsed); null for no data and for rows that are not buckets.
   */
  readonly ratePerSecond: number | null;
  /** A bucket still filling, or a reading still in effect at `now`. */
  readonly partial: boolean;
}

export interface ExportRowOptions {
  /** The window the set was asked for (aligned to its interval, as the chart's). */
  readonly range: EpochRange;
  readonly now: number;
  /** The interval asked for; accumulations say their own. */
  readonly interval: Interval;
  /** Only for summary wording that depends on it (stat cards); times are not formatted here. */
  readonly zone: string | undefined;
}

/**
 * Every row a set exports, in the order the screen reads: bucket/reading rows by time (series by name
 * within a time), then label values, then summary rows that are the stat cards' own numbers.
 */
export function exportRows(metrics: MetricsByType, opts: ExportRowOptions): ExportRow[] {
  return [...exportRowSequence(metrics, opts)];
}

/** A series' rows, made one at a time: a month by minute is 43,200 per series. */
interface RowSource {
  readonly length: number;
  /** The start of row `index`, without making the row (the merge compares starts on every step). */
  startAt(index: number): number;
  rowAt(index: number): ExportRow;
}

/**
 * `exportRows` made as they are read, for the streamed export: each accumulation is laid on its axis
 * once (`fillBuckets`) and its rows are made only when their turn comes, merged across series by time,
 * so a whole basin's month by minute is never a few hundred thousand row objects at once.
 */
export function* exportRowSequence(metrics: MetricsByType, opts: ExportRowOptions): Generator<ExportRow> {
  yield* dataRowSequence(metrics, opts);
  yield* labelRows(metrics, opts);
  yield* summaryRows(metrics, opts);
}

/** The bucket and reading rows alone, merged across series by time (see `exportRowSequence`). */
export function* dataRowSequence(metrics: MetricsByType, opts: ExportRowOptions): Generator<ExportRow> {
  const sources: RowSource[] = [
    ...metrics.accumulations.map((a) => ({ name: a.name, source: accumulationSource(a, opts) })),
    ...metrics.gauges.map((g) => {
      const rows = gaugeRows(g, opts);
      const rowAt = (i: number) => rows[i] as ExportRow;
      return { name: g.name, source: { length: rows.length, rowAt, startAt: (i: number) => rowAt(i).start } };
    }),
  ]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((named) => named.source);
  const next = sources.map(() => 0);
  for (;;) {
    // The series whose next row starts first; on a tie the first by name (sources are in name order).
    let pick = -1;
    let pickStart = Number.POSITIVE_INFINITY;
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i] as RowSource;
      const at = next[i] as number;
      if (at >= source.length) continue;
      const start = source.startAt(at);
      if (start < pickStart) {
        pick = i;
        pickStart = start;
      }
    }
    if (pick < 0) break;
    const at = next[pick] as number;
    next[pick] = at + 1;
    yield (sources[pick] as RowSource).rowAt(at);
  }
}

/** A label set's values (the active basins), one row each. */
export function* labelRows(metrics: MetricsByType, opts: ExportRowOptions): Generator<ExportRow> {
  for (const label of metrics.labels) {
    for (const value of label.values) {
      yield {
        kind: "label",
        series: label.name,
        statistic: null,
        metricType: "label",
        unit: "",
        interval: null,
        ...opts.range,
        value,
        ratePerSecond: null,
        partial: false,
      };
    }
  }
}

/** Width of an accumulation's buckets: S2's interval, or the proxy's summed width if it reduced them. */
function bucketSeconds(a: ApiAccumulationMetric): number {
  return a.reduced?.bucketSeconds ?? INTERVAL_SECONDS[a.interval];
}

/** Every bucket of the axis, as the bar chart lays it (`fillBuckets`): blanks stay null, `now` is partial. */
export function accumulationRows(a: ApiAccumulationMetric, opts: ExportRowOptions): ExportRow[] {
  const source = accumulationSource(a, opts);
  return Array.from({ length: source.length }, (_, i) => source.rowAt(i));
}

function accumulationSource(a: ApiAccumulationMetric, opts: ExportRowOptions): RowSource {
  const axis = { ...opts.range, intervalSeconds: bucketSeconds(a), now: opts.now };
  const buckets = fillBuckets(a.values, axis);
  return {
    length: buckets.length,
    startAt: (i) => (buckets[i] as (typeof buckets)[number]).from,
    rowAt(i) {
      const b = buckets[i] as (typeof buckets)[number];
      return {
        kind: "bucket",
        series: a.name,
        statistic: null,
        metricType: "accumulation",
        unit: a.unit,
        interval: a.interval,
        start: b.from,
        end: b.to,
        value: b.value,
        ratePerSecond: bucketRate(b.value, b, opts.now),
        partial: b.partial,
      };
    },
  };
}

/**
 * One row per reading that was in effect during the range, from its instant to the next reading (or
 * the range's end, or `now`, whichever comes first): the same rule as the gauge's stat cards, so the
 * readings times their spans add up to the time-weighted total. A reading taken before the range keeps
 * its own instant as `start`.
 */
export function gaugeRows(g: ApiGaugeMetric, opts: ExportRowOptions): ExportRow[] {
  const stop = Math.min(opts.range.end, opts.now);
  const sorted = sortedPoints(g.values);
  const rows: ExportRow[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const [t, value] = sorted[i] as Point;
    const next = sorted[i + 1]?.[0] ?? Number.POSITIVE_INFINITY;
    const end = Math.min(next, stop);
    if (end <= Math.max(t, opts.range.start)) continue;
    rows.push({
      kind: "reading",
      series: g.name,
      statistic: null,
      metricType: "gauge",
      unit: g.unit,
      interval: null,
      start: t,
      end,
      value,
      ratePerSecond: null,
      // Still in effect: its span is cut by `now`, not by a next reading or the range's end.
      partial: end === opts.now && next > opts.now,
    });
  }
  return rows;
}

const STATISTIC: Record<string, { statistic: string; metricType: ExportRow["metricType"] }> = {
  "stat-gauge-latest": { statistic: "latest", metricType: "gauge" },
  "stat-gauge-peak": { statistic: "peak", metricType: "gauge" },
  "stat-gauge-total": { statistic: "time-weighted total", metricType: "gauge" },
  "stat-accumulation-total": { statistic: "total", metricType: "accumulation" },
  "stat-accumulation-grand-total": { statistic: "total", metricType: "accumulation" },
  "stat-scalar": { statistic: "value", metricType: "scalar" },
};

const HOURS_UNIT: Record<MetricUnit, string> = { bytes: "byte-hours", operations: "operation-hours" };

/** The stat cards (`statCardsFor`, the same code the panel shows) as rows, with their raw numbers. */
export function summaryRows(metrics: MetricsByType, opts: ExportRowOptions): ExportRow[] {
  const units = new Map<string, MetricUnit>();
  for (const m of [...metrics.accumulations, ...metrics.gauges, ...metrics.scalars])
    units.set(m.name, m.unit);
  const intervals = new Map(metrics.accumulations.map((a) => [a.name, a.interval]));
  const anyUnit = metrics.accumulations[0]?.unit ?? "operations";
  return statCardsFor(metrics, opts).map((card: StatCardData): ExportRow => {
    const { statistic, metricType } = STATISTIC[card.testId] ?? {
      statistic: card.label,
      metricType: "scalar",
    };
    const unit = card.series === null ? anyUnit : (units.get(card.series) ?? anyUnit);
    return {
      kind: "summary",
      series: card.series ?? "",
      statistic,
      metricType,
      unit: card.testId === "stat-gauge-total" ? HOURS_UNIT[unit] : unit,
      interval: metricType === "accumulation" ? (intervals.get(card.series ?? "") ?? opts.interval) : null,
      ...opts.range,
      value: card.raw,
      ratePerSecond: null,
      partial: false,
    };
  });
}
