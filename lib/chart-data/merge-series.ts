import type { Bucket } from "./fill-buckets";
import { compareSeriesNames, type SeriesFamily, seriesColor, seriesFamily } from "./series-colors";

/**
 * Row keys are generated (`s0`, `s1`, ...) rather than the series names themselves: S2 series names are
 * arbitrary strings, and a name such as "t", "from" or "a.b" would collide with row fields or be read as
 * a path by the chart library.
 */
export type SeriesKey = `s${number}`;

export interface ChartSeries {
  readonly key: SeriesKey;
  readonly name: string;
  /** A CSS colour from the name alone (`seriesColor`), the same in every chart. */
  readonly color: string;
  /** The operation family, for grouped legends; null for other series. */
  readonly family: SeriesFamily | null;
}

type ValueColumns = { [key: SeriesKey]: number | null };
/** A gauge chart row: every series has a column, null where that series has no reading at `t`. */
export type PointRow = { readonly t: number } & Readonly<ValueColumns>;
/** A bar chart row: one bucket of the shared axis, null where a series had no data. */
export type BucketRow = {
  readonly from: number;
  readonly to: number;
  readonly partial: boolean;
  /** With compare on: the previous period's stack at this bar, null where it had no data. */
  readonly previous?: number | null;
} & Readonly<ValueColumns>;

export interface NamedPoints {
  readonly name: string;
  readonly points: readonly (readonly [t: number, value: number | null])[];
}

export interface NamedBuckets {
  readonly name: string;
  readonly buckets: readonly Bucket[];
}

/**
 * Keys and colours for a chart's series, in family then name order (`compareSeriesNames`) so legends
 * and stacking order do not change with the order a response happened to list them.
 */
export function describeSeries(names: readonly string[]): ChartSeries[] {
  const sorted = [...names].sort(compareSeriesNames);
  return sorted.map((name, i) => ({
    key: `s${i}`,
    name,
    color: seriesColor(name),
    family: seriesFamily(name),
  }));
}

function withKeys<S extends { name: string }>(
  series: readonly S[],
): { described: ChartSeries[]; ordered: S[] } {
  const ordered = [...series].sort((a, b) => compareSeriesNames(a.name, b.name));
  return { described: describeSeries(ordered.map((s) => s.name)), ordered };
}

/**
 * Merges gauge (or any point) series into rows keyed by timestamp, one row per distinct `t`, sorted.
 * A series without a reading at a row's `t` gets null there; a line chart should connect across those
 * nulls rather than draw them as drops.
 */
export function mergeSeries(series: readonly NamedPoints[]): { series: ChartSeries[]; rows: PointRow[] } {
  const { described, ordered } = withKeys(series);
  const rows = new Map<number, { t: number } & ValueColumns>();
  ordered.forEach((s, i) => {
    for (const [t, value] of s.points) {
      let row = rows.get(t);
      if (row === undefined) {
        row = { t };
        rows.set(t, row);
      }
      row[`s${i}`] = value;
    }
  });
  const keys = described.map((d) => d.key);
  const sorted = [...rows.values()].sort((a, b) => a.t - b.t);
  for (const row of sorted) for (const key of keys) row[key] ??= null;
  return { series: described, rows: sorted };
}

/**
 * Merges filled accumulation series into bar rows. All series are expected to be filled (or
 * re-bucketed) on the same axis, so rows line up bucket for bucket; a row is partial if any series'
 * bucket there is.
 */
export function mergeBucketSeries(series: readonly NamedBuckets[]): {
  series: ChartSeries[];
  rows: BucketRow[];
} {
  const { described, ordered } = withKeys(series);
  const rows = new Map<number, { from: number; to: number; partial: boolean } & ValueColumns>();
  ordered.forEach((s, i) => {
    for (const b of s.buckets) {
      let row = rows.get(b.from);
      if (row === undefined) {
        row = { from: b.from, to: b.to, partial: false };
        rows.set(b.from, row);
      }
      row.partial ||= b.partial;
      row[`s${i}`] = b.value;
    }
  });
  const keys = described.map((d) => d.key);
  const sorted = [...rows.values()].sort((a, b) => a.from - b.from);
  for (const row of sorted) for (const key of keys) row[key] ??= null;
  return { series: described, rows: sorted };
}
