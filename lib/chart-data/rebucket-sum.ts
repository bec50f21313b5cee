import { alignDown, type BucketAxis } from "@/lib/time-range/epoch-range";
import type { Bucket } from "./fill-buckets";

/** Either an explicit number of source buckets per display bucket, or a cap on display buckets. */
export type RebucketBy = { readonly factor: number } | { readonly maxBuckets: number };

/**
 * Group sizes tried first, in source buckets: they divide an hour (minute data) or a day (hour data),
 * so display buckets read as "14:00–14:15" or "00:00–06:00" rather than "14:07–14:14".
 */
export const NICE_FACTORS = [
  1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440,
] as const;

/**
 * Re-buckets a filled accumulation series by summing consecutive buckets into coarser display buckets.
 * Groups are aligned to multiples of the display width in epoch time, not to the first bucket, so a
 * sliding "last 6 h" window keeps the same groups as it refreshes instead of re-shuffling every bar.
 * The first and last display buckets may therefore cover fewer source buckets; `from`/`to` say exactly
 * which span each covers. A group of only null buckets stays null; any partial source makes it partial.
 */
export function rebucketSum(buckets: readonly Bucket[], by: RebucketBy): Bucket[] {
  const [head] = buckets;
  if (head === undefined) return [];
  const factor = "factor" in by ? by.factor : chooseRebucketFactor(buckets, by.maxBuckets);
  if (!Number.isInteger(factor) || factor < 1)
    throw new RangeError(`factor must be a positive integer, got ${factor}`);
  if (factor === 1) return [...buckets];

  const width = (head.to - head.from) * factor;
  const out: Bucket[] = [];
  let group: { key: number; from: number; to: number; value: number | null; partial: boolean } | undefined;
  for (const b of buckets) {
    const key = alignDown(b.from, width);
    if (group === undefined || group.key !== key) {
      if (group !== undefined) out.push(toBucket(group));
      group = { key, from: b.from, to: b.to, value: null, partial: false };
    }
    group.to = b.to;
    if (b.value !== null) group.value = (group.value ?? 0) + b.value;
    group.partial ||= b.partial;
  }
  if (group !== undefined) out.push(toBucket(group));
  return out;
}

function toBucket(g: { from: number; to: number; value: number | null; partial: boolean }): Bucket {
  return { from: g.from, to: g.to, value: g.value, partial: g.partial };
}

/** Number of epoch-aligned groups of `factor` buckets that the series spans. */
function groupCount(buckets: readonly Bucket[], factor: number): number {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (first === undefined || last === undefined) return 0;
  const width = (first.to - first.from) * factor;
  return (alignDown(last.from, width) - alignDown(first.from, width)) / width + 1;
}

/**
 * The smallest grouping that brings the series to at most `maxBuckets` display buckets, preferring a
 * NICE_FACTORS size. Beyond the nice sizes it searches upward, which always ends: at `factor >= length`
 * a series spans at most two groups. With `maxBuckets` 1 that may still be two; the caller asked for a
 * chart narrower than one bar.
 */
export function chooseRebucketFactor(buckets: readonly Bucket[], maxBuckets: number): number {
  if (!(maxBuckets >= 1)) throw new RangeError(`maxBuckets must be at least 1, got ${maxBuckets}`);
  if (buckets.length <= maxBuckets) return 1;
  for (const factor of NICE_FACTORS) if (groupCount(buckets, factor) <= maxBuckets) return factor;
  for (let factor = Math.ceil(buckets.length / maxBuckets); factor < buckets.length; factor++) {
    if (groupCount(buckets, factor) <= maxBuckets) return factor;
  }
  return buckets.length;
}

/**
 * The smallest grouping of an axis' buckets into epoch-aligned groups that leaves at most `maxGroups`
 * groups, preferring the same sizes as `chooseRebucketFactor` (and giving the same answer for a filled
 * axis), so that server-side and browser-side grouping land on the same boundaries. Computed from the
 * axis alone, so every series of a set gets the same grouping.
 */
export function axisGroupFactor(axis: BucketAxis, maxGroups: number): number {
  const { intervalSeconds } = axis;
  const first = alignDown(axis.start, intervalSeconds);
  const count = Math.max(0, Math.ceil((axis.end - first) / intervalSeconds));
  if (count <= maxGroups) return 1;
  const last = first + (count - 1) * intervalSeconds;
  const groups = (factor: number) => {
    const width = factor * intervalSeconds;
    return (alignDown(last, width) - alignDown(first, width)) / width + 1;
  };
  for (const factor of NICE_FACTORS) if (groups(factor) <= maxGroups) return factor;
  for (let factor = Math.ceil(count / maxGroups); factor < count; factor++) {
    if (groups(factor) <= maxGroups) return factor;
  }
  return count;
}
