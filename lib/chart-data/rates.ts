import type { BucketRow, ChartSeries } from "./merge-series";

/**
 * The seconds a bucket's total was gathered over. A whole bucket: its width. The bucket still filling
 * (`now` inside it): only the seconds elapsed so far, so its rate is comparable with its neighbours'
 * rather than dragged down by the part of the bucket that has not happened yet.
 */
export function bucketSeconds(bucket: { readonly from: number; readonly to: number }, now: number): number {
  const width = bucket.to - bucket.from;
  if (now <= bucket.from || now >= bucket.to) return width;
  return Math.max(1, now - bucket.from);
}

/** A bucket's total as a per-second rate; a blank bucket (no data) stays blank, never 0. */
export function bucketRate(
  value: number | null,
  bucket: { readonly from: number; readonly to: number },
  now: number,
): number | null {
  if (value === null) return null;
  const seconds = bucketSeconds(bucket, now);
  return seconds > 0 ? value / seconds : null;
}

/**
 * Bar rows with every series' total turned into a rate (bucket total / bucket seconds). The bar's
 * width is the displayed bar's, so bars summed from several source buckets divide by the whole span:
 * the average rate over that bar. Rows keep their `from`/`to`/`partial` so tooltips still name them.
 */
export function toRateRows(
  rows: readonly BucketRow[],
  series: readonly ChartSeries[],
  now: number,
): BucketRow[] {
  return rows.map((row) => {
    const out: Record<string, number | boolean | null> = { from: row.from, to: row.to, partial: row.partial };
    for (const s of series) out[s.key] = bucketRate(row[s.key] ?? null, row, now);
    return out as BucketRow;
  });
}
