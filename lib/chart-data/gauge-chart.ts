import type { ApiGaugeMetric } from "@/lib/api/contract";
import type { MetricUnit } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { fitGaugeToWidth } from "./fit-to-width";
import { type ChartSeries, mergeSeries, type PointRow, type SeriesKey } from "./merge-series";
import { seriesColor, seriesFamily } from "./series-colors";
import { niceValueAxis, type ValueAxis } from "./value-axis";

export interface GaugeChartData {
  readonly series: readonly ChartSeries[];
  /** The previous period's lines (compare), shifted onto this range; named and coloured as their series. */
  readonly previousSeries: readonly ChartSeries[];
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
  all: readonly ApiGaugeMetric[],
  range: EpochRange,
  widthPx: number,
  opts: GaugeChartOptions = {},
): GaugeChartData {
  const { only = null } = opts;
  const keep = (g: ApiGaugeMetric) => only === null || g.name === only;
  const gauges = all.filter(keep);
  const previous = (opts.previous ?? []).filter(keep);
  const unit = gauges[0]?.unit ?? "bytes";
  let readingCount = 0;
  let first = range.start;
  // The budget is the chart's, not each line's: merged rows carry every series, so n series thinned to
  // the full budget each would draw n times the points (recharts' cost grows with rows x series).
  const widthPerSeries = widthPx / Math.max(1, gauges.length + previous.length);
  const named = gauges.map((g) => {
    readingCount += g.reduced?.readings ?? g.values.length;
    const points = fitGaugeToWidth(g.values, widthPerSeries);
    const t0 = points[0]?.[0];
    if (t0 !== undefined && t0 < first) first = t0;
    return { name: g.name, points };
  });
  // The previous period's readings before its own start would lie before this range: left out.
  const before = previous.map((g) => ({
    name: `${PREVIOUS_PREFIX}${g.name}`,
    points: fitGaugeToWidth(g.values, widthPerSeries).filter(([t]) => t >= range.start),
  }));
  const merged = mergeSeries([...named, ...before]);
  const rows = carryLevels(
    merged.rows,
    merged.series.map((s) => s.key),
  );
  let max = 0;
  for (const row of rows) for (const s of merged.series) max = Math.max(max, row[s.key] ?? 0);
  const isPrevious = (s: ChartSeries) => s.name.startsWith(PREVIOUS_PREFIX);
  return {
    series: merged.series.filter((s) => !isPrevious(s)),
    previousSeries: merged.series.filter(isPrevious).map((s) => {
      const name = s.name.slice(PREVIOUS_PREFIX.length);
      return { ...s, name, color: seriesColor(name), family: seriesFamily(name) };
    }),
    rows,
    unit,
    domain: [first, Math.max(range.end, first + 1)],
    valueAxis: niceValueAxis(max, unit),
    readingCount,
  };
}

export interface GaugeChartOptions {
  /** The previous period's gauges, shifted onto this range (`shiftMetrics`), drawn as dashed lines. */
  readonly previous?: readonly ApiGaugeMetric[];
  /** Draw only this series (legend isolation). */
  readonly only?: string | null;
}

/** Marks the previous period's lines while merging: a NUL cannot start an S2 series name people use. */
const PREVIOUS_PREFIX = "\u0000previous:";

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
