import type { Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { sortedPoints } from "./sorted-points";

export interface GaugeTotalOptions {
  /**
   * The current time (epoch seconds). A range may end after now (S2 allows 60 s of slack, and a "last
   * 24 h" view ends exactly now); the last reading is not carried into a future nobody has metered.
   */
  readonly now?: number;
}

/**
 * The time-weighted total of a gauge over `[start, end)`, in unit·seconds (e.g. byte·seconds): each
 * reading times how long it stayed in effect, i.e. until the next reading or the end of the range,
 * clipped to the range. A reading taken before `start` counts from `start`; before the first reading
 * nothing is assumed. Unsorted input is sorted (see `sortedPoints`).
 *
 * Returns null when no reading was in effect for any part of the range: "no data", not a held zero.
 */
export function timeWeightedTotal(
  points: readonly Point[],
  range: EpochRange,
  opts: GaugeTotalOptions = {},
): number | null {
  const stop = opts.now === undefined ? range.end : Math.min(range.end, opts.now);
  const sorted = sortedPoints(points);
  let total = 0;
  let covered = 0;
  for (let i = 0; i < sorted.length; i++) {
    const [t, value] = sorted[i] as Point;
    const next = sorted[i + 1]?.[0] ?? Number.POSITIVE_INFINITY;
    const from = Math.max(t, range.start);
    const to = Math.min(next, stop);
    if (to <= from) continue;
    total += value * (to - from);
    covered += to - from;
  }
  return covered > 0 ? total : null;
}

/** Converts unit·seconds to unit·hours, the unit a storage bill (GiB·h) is quoted in. */
export function unitSecondsToUnitHours(unitSeconds: number): number {
  return unitSeconds / 3_600;
}
