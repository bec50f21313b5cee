import { axisGroupFactor } from "@/lib/chart-data/bar-groups";
import { barBudget, MAX_CHART_WIDTH_PX } from "@/lib/chart-data/point-budget";
import { splitIntoWindows } from "@/lib/planner/windows";
import { INTERVAL_SECONDS, INTERVALS, type Interval, MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import type { EpochRange } from "./epoch-range";
import type { IntervalChoice } from "./options";

/**
 * What a chart draws for a range at an interval, and so which interval choices are worth offering: a
 * bar chart `widthPx` wide sums buckets into bars of a nice width (`axisGroupFactor`, the same grouping
 * `fillBucketsToWidth` and the planner use), so Minute over 30 days draws the same 2-hour bars as Hour,
 * only slower.
 */

/** The width in seconds of one drawn bar for `range` at `interval` on a chart `widthPx` wide. */
export function drawnBarSeconds(range: EpochRange, interval: Interval, widthPx = MAX_CHART_WIDTH_PX): number {
  const intervalSeconds = INTERVAL_SECONDS[interval];
  return axisGroupFactor({ ...range, intervalSeconds }, barBudget(widthPx)) * intervalSeconds;
}

const UNIT_WORDS = [
  { seconds: 7 * 86_400, word: "week" },
  { seconds: 86_400, word: "day" },
  { seconds: 3_600, word: "hour" },
  { seconds: 60, word: "minute" },
] as const;

/** "2-hour", "1-day", "90-minute": a bar width as an adjective, in its largest whole unit. */
export function barWidthWords(seconds: number): string {
  const unit = UNIT_WORDS.find((u) => seconds % u.seconds === 0) ?? { seconds: 60, word: "minute" };
  return `${Math.max(1, Math.round(seconds / unit.seconds))}-${unit.word}`;
}

const DATA_WORDS: Record<Interval, string> = { minute: "Minute", hour: "Hourly", day: "Daily" };

/** "Minute data drawn as 2-hour bars", or "Hourly data, one bar per hour" when nothing is summed. */
export function drawnDescription(
  range: EpochRange,
  interval: Interval,
  widthPx = MAX_CHART_WIDTH_PX,
): string {
  const bar = drawnBarSeconds(range, interval, widthPx);
  if (bar === INTERVAL_SECONDS[interval]) return `${DATA_WORDS[interval]} data, one bar per ${interval}`;
  return `${DATA_WORDS[interval]} data drawn as ${barWidthWords(bar)} bars`;
}

export interface IntervalOffer {
  readonly value: IntervalChoice;
  /** What the chart draws with this choice. */
  readonly description: string;
  /** Why the choice is not offered (it draws what a coarser one draws), or null when it is. */
  readonly disabledReason: string | null;
}

const CHOICE_LABELS: Record<Interval, string> = { minute: "Minute", hour: "Hour", day: "Day" };

/**
 * Every interval choice with what it draws; a choice whose bars are the same as a coarser interval's is
 * disabled with the reason (the coarser one fetches fewer buckets for the same picture). Auto is always
 * offered, and so is the choice currently in the URL, so the picker never hides the state it shows.
 */
export function intervalOffers(
  range: EpochRange,
  current: IntervalChoice,
  auto: Interval,
  widthPx = MAX_CHART_WIDTH_PX,
): IntervalOffer[] {
  const offers: IntervalOffer[] = [
    { value: "auto", description: `Auto: ${drawnDescription(range, auto, widthPx)}`, disabledReason: null },
  ];
  for (const interval of INTERVALS) {
    const bar = drawnBarSeconds(range, interval, widthPx);
    const coarser = INTERVALS.filter((i) => INTERVAL_SECONDS[i] > INTERVAL_SECONDS[interval]).find(
      (i) => drawnBarSeconds(range, i, widthPx) === bar,
    );
    offers.push({
      value: interval,
      description: drawnDescription(range, interval, widthPx),
      disabledReason:
        coarser === undefined || interval === current
          ? null
          : `${CHOICE_LABELS[interval]} draws the same ${barWidthWords(bar)} bars as ${CHOICE_LABELS[coarser]}`,
    });
  }
  return offers;
}

export interface FetchSummary {
  readonly interval: Interval;
  /** Buckets per series S2 answers: the range at the interval fetched. */
  readonly buckets: number;
  /** S2 calls per series: S2 answers at most 30 days per call (`splitIntoWindows`). */
  readonly windows: number;
}

/**
 * What a view of `range` at `interval` fetches per series. Counters whose bars are whole hours or days
 * are fetched at that coarser interval (as lib/planner's `planMetricSetFetch` does), so the summary
 * names the coarsest interval that tiles the drawn bars.
 */
export function fetchSummary(
  range: EpochRange,
  interval: Interval,
  widthPx = MAX_CHART_WIDTH_PX,
): FetchSummary {
  const bar = drawnBarSeconds(range, interval, widthPx);
  const fetched =
    [...INTERVALS]
      .reverse()
      .find((i) => INTERVAL_SECONDS[i] >= INTERVAL_SECONDS[interval] && bar % INTERVAL_SECONDS[i] === 0) ??
    interval;
  const seconds = INTERVAL_SECONDS[fetched];
  const first = Math.floor(range.start / seconds) * seconds;
  return {
    interval: fetched,
    buckets: Math.max(0, Math.ceil((range.end - first) / seconds)),
    windows: splitIntoWindows(range).length,
  };
}

/** "Hourly data · 2,160 buckets per series · fetched in 3 windows of ≤ 30 days". */
export function fetchSummaryText(summary: FetchSummary): string {
  const buckets = `${summary.buckets.toLocaleString("en-US")} bucket${summary.buckets === 1 ? "" : "s"} per series`;
  const days = MAX_RANGE_SECONDS / 86_400;
  const calls =
    summary.windows === 1
      ? "fetched in 1 request"
      : `fetched in ${summary.windows} windows of ≤ ${days} days`;
  return `${DATA_WORDS[summary.interval]} data · ${buckets} · ${calls}`;
}
