import type { Point } from "@/lib/s2/contract";
import { alignDown, type BucketAxis, isOnAxis } from "@/lib/time-range/epoch-range";

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;
const WEEK = 7 * DAY;

/**
 * The widths a displayed bar may have when buckets are summed to fit a chart, in seconds: each is a
 * whole number of S2 buckets and reads naturally on a clock or calendar (1, 2, 3, 6, 12, 24 h; 1, 7 d),
 * so a bar is "00:00–06:00" or "3 Mar", never a 20 h or 30 h span that drifts across days.
 */
export const NICE_BAR_SECONDS = [
  MINUTE,
  2 * MINUTE,
  3 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  20 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  WEEK,
] as const;

/** The nice bar widths that are whole multiples of an interval, as numbers of its buckets. */
function niceFactors(intervalSeconds: number): number[] {
  return NICE_BAR_SECONDS.filter((w) => w >= intervalSeconds && w % intervalSeconds === 0).map(
    (w) => w / intervalSeconds,
  );
}

/**
 * How many of an axis' buckets to sum into one displayed bar so that at most `maxGroups` bars remain:
 * the smallest nice width (NICE_BAR_SECONDS) that fits, else the smallest whole number of weeks. Groups
 * are aligned in epoch time like S2's buckets, so a sliding window keeps its groups as it refreshes, and
 * server (the proxy's point budget) and browser (the chart's width) group alike. Computed from the axis
 * alone, so every series of a set gets the same grouping.
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
  for (const factor of niceFactors(intervalSeconds)) if (groups(factor) <= maxGroups) return factor;
  // Narrower than a bar per week: whole weeks still read as weeks. Ends, since a group as long as the
  // axis leaves at most two.
  const week = Math.max(1, Math.round(WEEK / intervalSeconds));
  let factor = week;
  while (groups(factor) > maxGroups && factor < count) factor += week;
  return factor;
}

/**
 * The one place counter points are summed into groups: each point on the axis is added to the group of
 * `groupSeconds` (aligned in epoch time) holding it. Used with the interval itself to lay a series on
 * its buckets, and with a multiple of it to sum buckets into display bars or the proxy's point budget.
 * Keys are group starts; a group with no point is absent, which callers keep distinct from a recorded 0.
 */
export function sumIntoGroups(
  points: readonly Point[],
  axis: BucketAxis,
  groupSeconds: number,
): Map<number, number> {
  const sums = new Map<number, number>();
  for (const [t, value] of points) {
    if (!isOnAxis(t, axis)) continue;
    const key = alignDown(t, groupSeconds);
    sums.set(key, (sums.get(key) ?? 0) + value);
  }
  return sums;
}
