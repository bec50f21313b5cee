import type { MetricsQuery } from "@/lib/api/contract";
import { axisGroupFactor } from "@/lib/chart-data/bar-groups";
import { barBudget, POINTS_PER_PIXEL } from "@/lib/chart-data/point-budget";
import { INTERVAL_SECONDS, type Interval, intervalRule, type Level } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { type SplitOptions, splitIntoWindows } from "./windows";

/** The sets whose series are accumulations (CONTRACT.md "Metric sets"): the only ones summed into bars. */
const ACCUMULATION_SETS: Record<Level, readonly string[]> = {
  account: ["account-ops"],
  basin: ["append-ops", "read-ops", "read-throughput", "append-throughput", "basin-ops"],
  stream: [],
};

export function isAccumulationSet(level: Level, set: string): boolean {
  return ACCUMULATION_SETS[level].includes(set);
}

/**
 * How many bars a chart whose line budget is `points` draws. `points` is the chart's width budget at
 * `POINTS_PER_PIXEL` (lib/chart-data/point-budget): a bar needs `MIN_BAR_PIXELS`, so the same width holds
 * fewer bars than line points, and the browser fits the bars to that width anyway (fit-to-width).
 */
export function barsForPoints(points: number): number {
  return barBudget(points / POINTS_PER_PIXEL);
}

export interface FetchPlan {
  /** The interval to send S2; undefined: the request named none and nothing coarser is better. */
  readonly interval?: Interval;
  /** The range the answer covers: the one asked for. */
  readonly range: EpochRange;
  /** The S2 calls, in time order (`splitIntoWindows`). */
  readonly windows: EpochRange[];
}

/**
 * What to ask S2 for one view's metric set. An accumulation whose bars on screen are whole hours (or whole
 * days) is fetched by that interval rather than by the minute: a bar is the sum of the buckets inside it
 * and S2's coarser buckets are exactly those sums, so every bar is the same, with 60 (or 1,440) times
 * fewer buckets to fetch, parse and sum. A bar with no data stays absent, since a coarser bucket is absent
 * exactly when all its finer ones are. Minute data is fetched where the bars are narrower than an hour.
 * Gauges are never fetched coarser (their peaks would be lost): they are reduced after fetching, keeping
 * every extreme. The range is kept as asked: S2 answers a start inside a coarser bucket with that bucket
 * holding only the part after the start, which is exactly the sum of the finer buckets the view would
 * have had there, so the first bar and the total stay exact too.
 */
export function planMetricSetFetch(
  level: Level,
  query: MetricsQuery<string>,
  split: SplitOptions = {},
): FetchPlan {
  const range = { start: query.start, end: query.end };
  const interval = coarserFetchInterval(level, query) ?? query.interval;
  return { ...(interval ? { interval } : {}), range, windows: splitIntoWindows(range, split) };
}

/** The coarsest allowed interval whose buckets tile the bars the chart will draw, if coarser than asked. */
export function coarserFetchInterval(level: Level, query: MetricsQuery<string>): Interval | undefined {
  if (query.points === undefined || !isAccumulationSet(level, query.set)) return undefined;
  const rule = intervalRule(level, query.set);
  const requested = query.interval ?? rule?.default ?? undefined;
  if (!rule || !requested) return undefined;
  const intervalSeconds = INTERVAL_SECONDS[requested];
  const axis = { start: query.start, end: query.end, intervalSeconds };
  const barSeconds = axisGroupFactor(axis, barsForPoints(query.points)) * intervalSeconds;
  const candidates = rule.allowed.filter(
    (i) => INTERVAL_SECONDS[i] > intervalSeconds && barSeconds % INTERVAL_SECONDS[i] === 0,
  );
  return candidates.sort((a, b) => INTERVAL_SECONDS[b] - INTERVAL_SECONDS[a])[0];
}
