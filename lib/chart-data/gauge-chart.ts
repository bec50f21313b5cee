import type { ApiGaugeMetric } from "@/lib/api/contract";
import type { MetricUnit } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { fitGaugeToWidth } from "./fit-to-width";
import { type ChartSeries, mergeSeries, type PointRow, type SeriesKey } from "./merge-series";
import { niceValueAxis, type ValueAxis } from "./value-axis";

export interface GaugeChartData {
  readonly series: readonly ChartSeries[];
  readonly rows: readonly PointRow[];
  readonly unit: MetricUnit;
  /** The x extent: the requested range, widened to a reading taken just before it. */
  readonly domain: readonly [number, number];
  readonly valueAxis: ValueAxis;
  /** Readings received, before downsampling (for the screen-reader summary and debugging). */
  readonly readingCount: number;
}

/**
 * Everything a gauge line chart draws, for a chart `widthPx` wide: each series downsampled to its share
 * of the width's point budget, merged into rows by timestamp, with each series' level carried across rows
 * where it has no reading of its own (two gauges rarely share timestamps once downsampled). A level
 * is carried only between a series' first and last reading: nothing is drawn or claimed beyond them.
 */
export function shapeGaugeChart(
  gauges: readonly ApiGaugeMetric[],
  range: EpochRange,
  widthPx: number,
): GaugeChartData {
  const unit = gauges[0]?.unit ?? "bytes";
  let readingCount = 0;
  let first = range.start;
  // The budget is the chart's, not each line's: merged rows carry every series, so n series thinned to
  // the full budget each would draw n times the points (recharts' cost grows with rows x series).
  const widthPerSeries = widthPx / Math.max(1, gauges.length);
  const named = gauges.map((g) => {
    readingCount += g.reduced?.readings ?? g.values.length;
    const points = fitGaugeToWidth(g.values, widthPerSeries);
    const t0 = points[0]?.[0];
    if (t0 !== undefined && t0 < first) first = t0;
    return { name: g.name, points };
  });
  const merged = mergeSeries(named);
  const rows = carryLevels(
    merged.rows,
    merged.series.map((s) => s.key),
  );
  let max = 0;
  for (const row of rows) for (const s of merged.series) max = Math.max(max, row[s.key] ?? 0);
  return {
    series: merged.series,
    rows,
    unit,
    domain: [first, Math.max(range.end, first + 1)],
    valueAxis: niceValueAxis(max, unit),
    readingCount,
  };
}

/** Fills each key's nulls strictly between its first and last non-null value with the value before. */
export function carryLevels(rows: readonly PointRow[], keys: readonly SeriesKey[]): PointRow[] {
  const out = rows.map((row) => ({ ...row }) as { t: number } & Record<SeriesKey, number | null>);
  for (const key of keys) {
    let last = -1;
    for (let i = out.length - 1; i >= 0; i--) {
      if ((out[i] as PointRow)[key] !== null) {
        last = i;
        break;
      }
    }
    let held: number | null = null;
    for (let i = 0; i <= last; i++) {
      const row = out[i] as Record<SeriesKey, number | null>;
      const value = row[key] ?? null;
      if (value === null) row[key] = held;
      else held = value;
    }
  }
  return out;
}
