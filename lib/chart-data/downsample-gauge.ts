import { sortedPoints } from "@/lib/meter/sorted-points";
import type { Point } from "@/lib/s2/contract";

/** Both methods keep the first and last points plus at least one min/max pair or triangle. */
export const MIN_DOWNSAMPLE_POINTS = 4;

export type DownsampleMethod = "min-max" | "lttb";

/**
 * The default is min-max. Storage gauges are step data whose spikes matter: the "peak" stat card must
 * be visible on the chart beside it, and min-max keeps every bucket's extremes (so the global peak
 * and trough) by construction. LTTB draws a smoother, more faithful overall shape, but a one-reading
 * spike can lose to a neighbour with a larger triangle, so it is offered, not the default.
 */
export const DEFAULT_DOWNSAMPLE_METHOD: DownsampleMethod = "min-max";

/**
 * Reduces a gauge series to at most `maxPoints` points, always keeping the first and last reading and
 * returning a subsequence of the (time-sorted) input. Series already within budget come back unchanged.
 */
export function downsampleGauge(
  points: readonly Point[],
  maxPoints: number,
  method: DownsampleMethod = DEFAULT_DOWNSAMPLE_METHOD,
): Point[] {
  return method === "lttb" ? downsampleLttb(points, maxPoints) : downsampleMinMax(points, maxPoints);
}

function prepare(points: readonly Point[], maxPoints: number): { sorted: Point[]; done: boolean } {
  if (!Number.isInteger(maxPoints) || maxPoints < MIN_DOWNSAMPLE_POINTS) {
    throw new RangeError(`maxPoints must be an integer >= ${MIN_DOWNSAMPLE_POINTS}, got ${maxPoints}`);
  }
  const sorted = sortedPoints(points);
  return { sorted, done: sorted.length <= maxPoints };
}

/**
 * Min-max: the interior points are split into equal runs (one per pair of output points); each run
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

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): per bucket, keeps the point forming the largest
 * triangle with the previously kept point and the next bucket's average. Output has exactly
 * `maxPoints` points when the input is longer.
 */
export function downsampleLttb(points: readonly Point[], maxPoints: number): Point[] {
  const { sorted, done } = prepare(points, maxPoints);
  if (done) return sorted;
  const n = sorted.length;
  const every = (n - 2) / (maxPoints - 2);
  const out: Point[] = [sorted[0] as Point];
  let a = 0;
  for (let i = 0; i < maxPoints - 2; i++) {
    const avgFrom = Math.floor((i + 1) * every) + 1;
    const avgTo = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgT = 0;
    let avgV = 0;
    for (let j = avgFrom; j < avgTo; j++) {
      avgT += (sorted[j] as Point)[0];
      avgV += (sorted[j] as Point)[1];
    }
    const avgCount = Math.max(1, avgTo - avgFrom);
    avgT /= avgCount;
    avgV /= avgCount;

    const [aT, aV] = sorted[a] as Point;
    let best = Math.floor(i * every) + 1;
    let bestArea = -1;
    for (let j = best; j < Math.floor((i + 1) * every) + 1; j++) {
      const [t, v] = sorted[j] as Point;
      const area = Math.abs((aT - avgT) * (v - aV) - (aT - t) * (avgV - aV));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    out.push(sorted[best] as Point);
    a = best;
  }
  out.push(sorted[n - 1] as Point);
  return out;
}
