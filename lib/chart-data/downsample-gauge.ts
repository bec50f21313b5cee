import { sortedPoints } from "@/lib/meter/sorted-points";
import type { Point } from "@/lib/s2/contract";

/** The first and last points plus at least one min/max pair. */
export const MIN_DOWNSAMPLE_POINTS = 4;

function prepare(points: readonly Point[], maxPoints: number): { sorted: Point[]; done: boolean } {
  if (!Number.isInteger(maxPoints) || maxPoints < MIN_DOWNSAMPLE_POINTS) {
    throw new RangeError(`maxPoints must be an integer >= ${MIN_DOWNSAMPLE_POINTS}, got ${maxPoints}`);
  }
  const sorted = sortedPoints(points);
  return { sorted, done: sorted.length <= maxPoints };
}

/**
 * Reduces a gauge series to at most `maxPoints` points, always keeping the first and last reading and
 * returning a subsequence of the (time-sorted) input; a series already within budget comes back as is.
 * Min-max, because storage gauges are step data whose spikes matter: the "peak" stat card must be
 * visible on the chart beside it, and keeping every run's extremes keeps the global peak by construction.
 * The interior points are split into equal runs (one per pair of output points); each run
 * contributes its lowest and highest reading, in time order. Runs are by index, which equals by time
 * here because S2 sends a gauge reading for every division of the range.
 */
export function downsampleMinMax(points: readonly Point[], maxPoints: number): Point[] {
  const { sorted, done } = prepare(points, maxPoints);
  if (done) return sorted;
  const interior = sorted.length - 2;
  const runs = Math.floor((maxPoints - 2) / 2);
  const out: Point[] = [sorted[0] as Point];
  for (let r = 0; r < runs; r++) {
    const from = 1 + Math.floor((r * interior) / runs);
    const to = 1 + Math.floor(((r + 1) * interior) / runs);
    if (from >= to) continue;
    let lo = from;
    let hi = from;
    for (let i = from + 1; i < to; i++) {
      const v = (sorted[i] as Point)[1];
      if (v < (sorted[lo] as Point)[1]) lo = i;
      if (v > (sorted[hi] as Point)[1]) hi = i;
    }
    for (const i of lo === hi ? [lo] : [Math.min(lo, hi), Math.max(lo, hi)]) out.push(sorted[i] as Point);
  }
  out.push(sorted[sorted.length - 1] as Point);
  return out;
}
