import type { ApiAccumulationMetric, ApiGaugeMetric } from "@/lib/api/contract";
import type { Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import type { MetricsByType } from "./split-metrics";

export interface PreviousPeriod {
  /** The window to ask for: as long as the current one, ending where it starts (to the bucket). */
  readonly range: EpochRange;
  /** Seconds to add to a previous-period time to lay it on the current axis: a whole number of buckets. */
  readonly offset: number;
}

/**
 * The period before `range`, to compare with it: the same length, at the same interval, shifted back by
 * the range's length rounded up to whole buckets. Rounding keeps the previous window on bucket
 * boundaries (so its bars are whole, as the current ones are) and lines its bucket i up with the
 * current bucket i once shifted; a current window ending mid-bucket (at now) leaves a gap of less than
 * one bucket between the two.
 *
 * The comparison is like for like while the current last bucket is still filling: the previous window
 * ends at `end − offset`, the same point of its last bucket, not at that bucket's edge, and S2's `end` is
 * exclusive to the second (the embedded backend sums events with `start <= ts < end`, lib/local-s2
 * store), so the previous last bucket holds the same 20 minutes of a 20-minute-old hour, never the
 * whole hour. Totals and their change are not biased by the partial bucket (tested against the store).
 */
export function previousPeriod(range: EpochRange, intervalSeconds: number): PreviousPeriod {
  const length = Math.max(0, range.end - range.start);
  const offset = Math.max(intervalSeconds, Math.ceil(length / intervalSeconds) * intervalSeconds);
  return { range: { start: range.start - offset, end: range.end - offset }, offset };
}

/** Points moved forward by `offset` seconds, values untouched (blank buckets stay absent). */
export function shiftPoints(points: readonly Point[], offset: number): Point[] {
  return points.map(([t, value]) => [t + offset, value]);
}

function shiftTimed<T extends { readonly t: number } | null>(timed: T, offset: number): T {
  return (timed === null ? null : { ...timed, t: timed.t + offset }) as T;
}

function shiftGauge(gauge: ApiGaugeMetric, offset: number): ApiGaugeMetric {
  const values = shiftPoints(gauge.values, offset);
  if (gauge.reduced === undefined) return { ...gauge, values };
  const { latest, peak } = gauge.reduced;
  return {
    ...gauge,
    values,
    reduced: { ...gauge.reduced, latest: shiftTimed(latest, offset), peak: shiftTimed(peak, offset) },
  };
}

function shiftAccumulation(acc: ApiAccumulationMetric, offset: number): ApiAccumulationMetric {
  return { ...acc, values: shiftPoints(acc.values, offset) };
}

/**
 * A previous period's metrics laid on the current axis, for overlaying: every gauge reading and every
 * accumulation bucket moved forward by `offset`. Totals and peaks are unchanged by the shift.
 */
export function shiftMetrics(metrics: MetricsByType, offset: number): MetricsByType {
  return {
    scalars: metrics.scalars,
    labels: metrics.labels,
    gauges: metrics.gauges.map((g) => shiftGauge(g, offset)),
    accumulations: metrics.accumulations.map((a) => shiftAccumulation(a, offset)),
  };
}

/** How a figure compares with the same figure over the previous period. */
export type PeriodChange =
  /** Both known and the previous non-zero: `ratio` is (current − previous) / previous. */
  | { readonly kind: "ratio"; readonly ratio: number }
  /** The previous period recorded 0 and this one more: no percentage exists. */
  | { readonly kind: "from-zero" }
  /** Both 0. */
  | { readonly kind: "unchanged" }
  /** The previous period had no data (blank, which is not 0): nothing to compare with. */
  | { readonly kind: "no-previous" }
  /** This period has no data but the previous one had. */
  | { readonly kind: "no-current" };

/** The change from `previous` to `current`; blank (null) is never read as 0. */
export function periodChange(current: number | null, previous: number | null): PeriodChange {
  if (previous === null) return { kind: "no-previous" };
  if (current === null) return { kind: "no-current" };
  if (previous === 0) return current === 0 ? { kind: "unchanged" } : { kind: "from-zero" };
  return { kind: "ratio", ratio: (current - previous) / Math.abs(previous) };
}
