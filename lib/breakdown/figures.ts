import type { ApiAccumulationMetric, ApiGaugeMetric, ApiMetric } from "@/lib/api/contract";
import { downsampleMinMax } from "@/lib/chart-data/downsample-gauge";
import { exactGaugeStats } from "@/lib/chart-data/stat-cards";
import { accumulationStats } from "@/lib/meter/accumulation-stats";
import { INTERVAL_SECONDS, type Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";

/**
 * A breakdown row's figures, computed from the very metric set answers a basin's or stream's own page
 * asks for, with the same functions its stat cards use (`exactGaugeStats`, `accumulationStats`), so a
 * table row always equals the page it links to.
 */

/** Points in a row's sparkline: enough to show a shape, few enough for 2,000 rows in one answer. */
export const SPARKLINE_POINTS = 24;

export interface StorageFigures {
  /** Bytes in effect at the end of the range (the "Latest" stat card). */
  readonly latest: number | null;
  readonly peak: number | null;
  /** Time-weighted total in byte-hours (the "Time-weighted total" stat card). */
  readonly byteHours: number | null;
  /** The storage gauge, thinned (min/max, so peaks stay) to SPARKLINE_POINTS readings. */
  readonly sparkline: Point[];
}

const gaugesOf = (values: readonly ApiMetric[]): ApiGaugeMetric[] =>
  values.flatMap((m) => ("gauge" in m ? [m.gauge] : []));
const accumulationsOf = (values: readonly ApiMetric[]): ApiAccumulationMetric[] =>
  values.flatMap((m) => ("accumulation" in m ? [m.accumulation] : []));

/** The figures of a storage set (one gauge); all null when the set carries no gauge. */
export function storageFigures(values: readonly ApiMetric[], range: EpochRange, now: number): StorageFigures {
  const [gauge] = gaugesOf(values);
  if (gauge === undefined) return { latest: null, peak: null, byteHours: null, sparkline: [] };
  const stats = exactGaugeStats(gauge, range, now);
  return {
    latest: stats.latest?.value ?? null,
    peak: stats.peak?.value ?? null,
    byteHours: stats.totalUnitHours,
    sparkline: gauge.values.length === 0 ? [] : downsampleMinMax(gauge.values, SPARKLINE_POINTS),
  };
}

/**
 * Every accumulation of a set summed over the range: the set's "Total" stat card (its grand total when
 * it has several series), or with `include` the total cards of the series it keeps summed. Null when no
 * bucket had data, which is not a recorded zero.
 */
export function accumulationTotal(
  values: readonly ApiMetric[],
  range: EpochRange,
  /** Only the series whose names pass (a storage class's series); every series by default. */
  include: (seriesName: string) => boolean = () => true,
): number | null {
  let total: number | null = null;
  for (const a of accumulationsOf(values)) {
    if (!include(a.name)) continue;
    const stats =
      a.reduced ?? accumulationStats(a.values, { ...range, intervalSeconds: INTERVAL_SECONDS[a.interval] });
    if (stats.total !== null) total = (total ?? 0) + stats.total;
  }
  return total;
}

/** Sum of figures where any is present; null only when all are absent (no data stays no data). */
export function sumPresent(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const value of values) if (value !== null) total = (total ?? 0) + value;
  return total;
}
