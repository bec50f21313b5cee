import type { ApiMetricSetResponse } from "@/lib/api/contract";
import { formatDate } from "@/lib/format/time-labels";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { alignDown } from "@/lib/time-range/epoch-range";

/**
 * Whether a view's metric sets show any activity, and when there last was some: a basin with none in
 * its range gets one compact card instead of a column of empty charts (issue 14).
 */

const DAY = 86_400;

/**
 * Activity: any accumulation bucket S2 recorded (a recorded 0 is an open connection, so it counts), or
 * a gauge reading above 0 (a basin that stores 0 bytes is not doing anything).
 */
export function hasActivity(responses: readonly ApiMetricSetResponse[]): boolean {
  return responses.some((response) =>
    response.values.some((metric) => {
      if ("accumulation" in metric) return metric.accumulation.values.length > 0;
      if ("gauge" in metric) return metric.gauge.values.some(([, v]) => v > 0);
      return false;
    }),
  );
}

/** The start of the latest accumulation bucket holding a value above 0, over every answer; null if none. */
export function lastActive(responses: readonly ApiMetricSetResponse[]): number | null {
  let latest: number | null = null;
  for (const response of responses) {
    for (const metric of response.values) {
      if (!("accumulation" in metric)) continue;
      for (const [t, v] of metric.accumulation.values)
        if (v > 0 && (latest === null || t > latest)) latest = t;
    }
  }
  return latest;
}

/** How far back "last seen" looks: a year, within the 13 months a view may ask for. */
export const LAST_SEEN_DAYS = 365;

/**
 * The window "last seen" asks by the day: the year of whole UTC days up to the end of the day the view
 * starts in (or now). That day may overlap the view, which had no activity, so whatever it holds is
 * from before the view.
 */
export function lastSeenWindow(view: EpochRange, now: number): EpochRange {
  const end = Math.min(alignDown(view.start, DAY) + DAY, now);
  return { start: alignDown(view.start, DAY) - LAST_SEEN_DAYS * DAY, end };
}

/**
 * The card's second half. `lastSeen` is a day bucket's start (a UTC day, so the date is the UTC one,
 * with its year: it may be months back), null when the year before had none, undefined while asked.
 */
export function lastSeenLabel(lastSeen: number | null | undefined): string {
  if (lastSeen === undefined) return "last seen …";
  if (lastSeen === null) return `no activity in the ${LAST_SEEN_DAYS} days before`;
  return `last seen ${formatDate(lastSeen, "UTC")} ${new Date(lastSeen * 1000).getUTCFullYear()}`;
}
