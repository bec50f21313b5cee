import type { ApiAccumulationMetric, ApiGaugeMetric } from "@/lib/api/contract";
import { formatGaugeTotal, formatMetricValue } from "@/lib/format/by-unit";
import { formatDateTime, isSameDay } from "@/lib/format/time-labels";
import { NO_DATA, readingPhrase } from "@/lib/format/tooltip-phrases";
import { accumulationStats } from "@/lib/meter/accumulation-stats";
import { gaugeStats } from "@/lib/meter/gauge-stats";
import { unitSecondsToUnitHours } from "@/lib/meter/time-weighted-total";
import { INTERVAL_SECONDS, type Interval } from "@/lib/s2/contract";
import { alignDown, type EpochRange } from "@/lib/time-range/epoch-range";
import { describeSeries } from "./merge-series";
import type { MetricsByType } from "./split-metrics";

/** One stat card, ready to print. */
export interface StatCardData {
  readonly key: string;
  readonly label: string;
  /** The formatted value, or "no data" (which is not "0"). */
  readonly value: string;
  readonly detail: string | null;
  /** For e2e tests: `stat-gauge-total`, `stat-accumulation-total`, ... */
  readonly testId: string;
  /** The number behind `value` in the metric's unit (unit·hours for gauge totals); null for no data. */
  readonly raw: number | null;
  /** The series the card is about; null for a card that sums several. */
  readonly series: string | null;
  /** The series' chart colour, so a card can be matched to its line or bars. */
  readonly color: string | null;
}

export interface StatCardOptions {
  readonly range: EpochRange;
  readonly now: number;
  readonly zone: string | undefined;
}

/**
 * The stat cards for one metric set, by type (CONTRACT.md "What the dashboard must show"): for each
 * gauge its latest reading, peak and time-weighted total; for each accumulation its total over the
 * range (plus a grand total when there are several); each scalar as is. Series names label the cards
 * only when a set has more than one series of a type, since a lone series name is noise.
 */
export function statCardsFor(metrics: MetricsByType, opts: StatCardOptions): StatCardData[] {
  const withDate = !isSameDay(opts.range.start, opts.range.end - 1, opts.zone);
  return [
    ...metrics.gauges.flatMap(gaugeCards(metrics.gauges, opts, withDate)),
    ...accumulationCards(metrics.accumulations, opts),
    ...metrics.scalars.map(
      (s): StatCardData => ({
        key: `scalar:${s.name}`,
        label: s.name,
        value: formatMetricValue(s.unit, s.value),
        detail: null,
        testId: "stat-scalar",
        raw: s.value,
        series: s.name,
        color: null,
      }),
    ),
  ];
}

function colorsByName(names: readonly string[]): Map<string, string> {
  return new Map(describeSeries(names).map((s) => [s.name, s.color]));
}

/**
 * A gauge's latest, peak and total: from the proxy's `reduced` figures when it thinned the readings
 * (they were computed from every reading), else from the readings themselves.
 */
export function exactGaugeStats(g: ApiGaugeMetric, range: StatCardOptions["range"], now: number) {
  if (g.reduced === undefined) return gaugeStats(g.values, range, { now });
  const { latest, peak, totalUnitSeconds } = g.reduced;
  const totalUnitHours = totalUnitSeconds === null ? null : unitSecondsToUnitHours(totalUnitSeconds);
  return { latest, peak, totalUnitSeconds, totalUnitHours };
}

function gaugeCards(gauges: readonly ApiGaugeMetric[], opts: StatCardOptions, withDate: boolean) {
  const colors = colorsByName(gauges.map((g) => g.name));
  const named = gauges.length > 1;
  return (g: ApiGaugeMetric): StatCardData[] => {
    const stats = exactGaugeStats(g, opts.range, opts.now);
    const base = { series: g.name, color: colors.get(g.name) ?? null };
    const prefix = named ? `${g.name} · ` : "";
    return [
      {
        ...base,
        key: `gauge:${g.name}:latest`,
        label: `${prefix}Latest`,
        value: stats.latest === null ? NO_DATA : formatMetricValue(g.unit, stats.latest.value),
        detail: stats.latest === null ? null : readingPhrase(stats.latest.t, opts.zone, { withDate }),
        testId: "stat-gauge-latest",
        raw: stats.latest?.value ?? null,
      },
      {
        ...base,
        key: `gauge:${g.name}:peak`,
        label: `${prefix}Peak`,
        value: stats.peak === null ? NO_DATA : formatMetricValue(g.unit, stats.peak.value),
        detail: stats.peak === null ? null : `at ${formatDateTime(stats.peak.t, opts.zone)}`,
        testId: "stat-gauge-peak",
        raw: stats.peak?.value ?? null,
      },
      {
        ...base,
        key: `gauge:${g.name}:total`,
        label: `${prefix}Time-weighted total`,
        value: stats.totalUnitHours === null ? NO_DATA : formatGaugeTotal(g.unit, stats.totalUnitHours),
        detail: "reading × time held",
        testId: "stat-gauge-total",
        raw: stats.totalUnitHours,
      },
    ];
  };
}

function accumulationCards(accs: readonly ApiAccumulationMetric[], opts: StatCardOptions): StatCardData[] {
  const colors = colorsByName(accs.map((a) => a.name));
  const named = accs.length > 1;
  const cards = [...accs]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a): StatCardData & { unit: ApiAccumulationMetric["unit"] } => {
      const intervalSeconds = INTERVAL_SECONDS[a.interval];
      // Summed buckets would count as fewer buckets with data: the proxy's figures are the exact ones.
      const stats = a.reduced ?? accumulationStats(a.values, { ...opts.range, intervalSeconds });
      const buckets = Math.max(
        0,
        Math.ceil((opts.range.end - alignDown(opts.range.start, intervalSeconds)) / intervalSeconds),
      );
      return {
        key: `accumulation:${a.name}`,
        label: named ? a.name : "Total",
        value: stats.total === null ? NO_DATA : formatMetricValue(a.unit, stats.total),
        detail: `data in ${stats.bucketsWithData} of ${buckets} ${bucketWord(a.interval, buckets)}`,
        testId: "stat-accumulation-total",
        raw: stats.total,
        series: a.name,
        color: colors.get(a.name) ?? null,
        unit: a.unit,
      };
    });
  const units = new Set(cards.map((c) => c.unit));
  const [only] = units;
  const out: StatCardData[] = cards.map(({ unit: _unit, ...card }) => card);
  if (cards.length > 1 && units.size === 1 && only !== undefined) {
    const present = cards.filter((c) => c.raw !== null);
    const total = present.length === 0 ? null : present.reduce((sum, c) => sum + (c.raw ?? 0), 0);
    out.unshift({
      key: "accumulation:*",
      label: "Total",
      value: total === null ? NO_DATA : formatMetricValue(only, total),
      detail: `all ${cards.length} series`,
      testId: "stat-accumulation-grand-total",
      raw: total,
      series: null,
      color: null,
    });
  }
  return out;
}

const BUCKET_WORDS: Record<Interval, readonly [one: string, many: string]> = {
  minute: ["min", "min"],
  hour: ["hour", "hours"],
  day: ["day", "days"],
};

function bucketWord(interval: Interval, count: number): string {
  return BUCKET_WORDS[interval][count === 1 ? 0 : 1];
}
