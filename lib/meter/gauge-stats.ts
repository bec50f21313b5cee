import type { Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { sortedPoints } from "./sorted-points";
import { type GaugeTotalOptions, timeWeightedTotal, unitSecondsToUnitHours } from "./time-weighted-total";

export interface TimedValue {
  readonly t: number;
  readonly value: number;
}

/** What a gauge's stat cards show. Every field is null when no reading was in effect in the range. */
export interface GaugeStats {
  /** The reading in effect at the end of the range (or at `now`, if earlier). */
  readonly latest: TimedValue | null;
  /**
   * The highest reading in effect during the range; `t` is when it took effect, clipped to the range
   * start, so a peak carried in from before the range is reported at the range's first instant.
   * Ties go to the earliest.
   */
  readonly peak: TimedValue | null;
  readonly totalUnitSeconds: number | null;
  readonly totalUnitHours: number | null;
}

/** Latest, peak and time-weighted total of a gauge over `[start, end)`, by CONTRACT.md's gauge rules. */
export function gaugeStats(
  points: readonly Point[],
  range: EpochRange,
  opts: GaugeTotalOptions = {},
): GaugeStats {
  const stop = opts.now === undefined ? range.end : Math.min(range.end, opts.now);
  const sorted = sortedPoints(points);
  let latest: TimedValue | null = null;
  let peak: TimedValue | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const [t, value] = sorted[i] as Point;
    const next = sorted[i + 1]?.[0] ?? Number.POSITIVE_INFINITY;
    const from = Math.max(t, range.start);
    // Same rule as the total: only readings in effect for some time inside the range count.
    if (Math.min(next, stop) <= from) continue;
    latest = { t, value };
    if (peak === null || value > peak.value) peak = { t: from, value };
  }
  const totalUnitSeconds = timeWeightedTotal(sorted, range, opts);
  return {
    latest,
    peak,
    totalUnitSeconds,
    totalUnitHours: totalUnitSeconds === null ? null : unitSecondsToUnitHours(totalUnitSeconds),
  };
}
