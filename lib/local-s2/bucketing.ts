import type { Point } from "@/lib/s2/contract";
import { alignDown } from "@/lib/time-range/epoch-range";

/**
 * Pure time arithmetic behind the metrics answers. The store aggregates in SQL; these functions define
 * which instants a range covers and how gauge readings carry forward, so the rules are tested in one place.
 */

/**
 * The division instants of `[start, end)`: every interval-aligned instant from the one at or before
 * `start` up to (not including) `end`. Accumulation buckets and gauge points use the same grid.
 */
export function divisions(start: number, end: number, intervalSeconds: number): number[] {
  const out: number[] = [];
  for (let t = alignDown(start, intervalSeconds); t < end; t += intervalSeconds) out.push(t);
  return out;
}

/**
 * Gauge points for each division: the latest reading at or before it. `prior` is the latest reading at
 * or before the first division; `lastPerDivision` maps a division to the latest reading that took effect
 * after the previous division and at or before this one. Divisions before any reading are left out:
 * a level that was never read is not invented.
 */
export function carryForward(
  grid: readonly number[],
  prior: number | null,
  lastPerDivision: ReadonlyMap<number, number>,
): Point[] {
  const out: Point[] = [];
  let level = prior;
  for (const t of grid) {
    const latest = lastPerDivision.get(t);
    if (latest !== undefined) level = latest;
    if (level !== null) out.push([t, level]);
  }
  return out;
}

/** Groups `(series, t, v)` rows, already sorted by series then time, into one point list per series. */
export function groupSeries(rows: Iterable<{ series: string; t: number; v: number }>): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  for (const { series, t, v } of rows) {
    let points = out.get(series);
    if (!points) {
      points = [];
      out.set(series, points);
    }
    points.push([t, v]);
  }
  return out;
}
