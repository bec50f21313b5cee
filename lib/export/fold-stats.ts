import type { ApiAccumulationMetric, ApiGaugeMetric } from "@/lib/api/contract";
import type { MetricsByType } from "@/lib/chart-data/split-metrics";
import { accumulationStats } from "@/lib/meter/accumulation-stats";
import { gaugeStats } from "@/lib/meter/gauge-stats";
import { INTERVAL_SECONDS } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";

/**
 * The stat cards' figures of a range exported in consecutive windows, without keeping every window's
 * readings: each window's exact statistics (the meter functions the cards use) are folded into the
 * `reduced` figures the proxy already sends for thinned series, so `statCardsFor` prints them by its
 * own reduced-series path. Counters add up; a gauge's time-weighted total adds up over disjoint
 * windows, its latest reading is the last window's, its peak the highest (the earliest on a tie).
 */
export interface StatsFold {
  readonly accumulations: Map<string, ApiAccumulationMetric>;
  readonly gauges: Map<string, ApiGaugeMetric>;
}

export function emptyFold(): StatsFold {
  return { accumulations: new Map(), gauges: new Map() };
}

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** Adds one window's metrics (windows in time order, disjoint, each covering `window`). */
export function foldWindow(fold: StatsFold, metrics: MetricsByType, window: EpochRange, now: number): void {
  for (const a of metrics.accumulations) {
    const stats = accumulationStats(a.values, { ...window, intervalSeconds: INTERVAL_SECONDS[a.interval] });
    const before = fold.accumulations.get(a.name)?.reduced;
    fold.accumulations.set(a.name, {
      name: a.name,
      unit: a.unit,
      interval: a.interval,
      values: [],
      reduced: {
        bucketSeconds: INTERVAL_SECONDS[a.interval],
        bucketsWithData: (before?.bucketsWithData ?? 0) + stats.bucketsWithData,
        total: addNullable(before?.total ?? null, stats.total),
      },
    });
  }
  for (const g of metrics.gauges) {
    const stats = gaugeStats(g.values, window, { now });
    const before = fold.gauges.get(g.name)?.reduced;
    const peak =
      before?.peak == null || (stats.peak !== null && stats.peak.value > before.peak.value)
        ? stats.peak
        : before.peak;
    fold.gauges.set(g.name, {
      name: g.name,
      unit: g.unit,
      values: [],
      reduced: {
        readings: (before?.readings ?? 0) + g.values.length,
        latest: stats.latest ?? before?.latest ?? null,
        peak,
        totalUnitSeconds: addNullable(before?.totalUnitSeconds ?? null, stats.totalUnitSeconds),
      },
    });
  }
}

/** The folded metrics, ready for `statCardsFor` (no readings left, only their exact figures). */
export function foldedMetrics(fold: StatsFold): MetricsByType {
  return {
    scalars: [],
    accumulations: [...fold.accumulations.values()],
    gauges: [...fold.gauges.values()],
    labels: [],
  };
}
