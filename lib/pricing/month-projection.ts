import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { accumulationStats } from "@/lib/meter/accumulation-stats";
import { gaugeStats } from "@/lib/meter/gauge-stats";
import { INTERVAL_SECONDS, type Point } from "@/lib/s2/contract";
import { alignDown, type EpochRange } from "@/lib/time-range/epoch-range";

const DAY = INTERVAL_SECONDS.day;
const HOUR = INTERVAL_SECONDS.hour;

/** How many whole days the recent daily rate of a counter is taken over. */
export const RECENT_FULL_DAYS = 7;

/**
 * The calendar month holding `now`, in UTC: S2's day buckets are UTC days, so a UTC month is made of whole
 * buckets and "month to date" is exactly the sum of the day bars a UTC view shows.
 */
export interface MonthWindow {
  /** 00:00 UTC on the 1st of this month. */
  readonly monthStart: number;
  /** 00:00 UTC on the 1st of next month (exclusive end). */
  readonly monthEnd: number;
  readonly now: number;
  /** 00:00 UTC today: the recent rate uses only whole days before it. */
  readonly todayStart: number;
  /** The start of the last `RECENT_FULL_DAYS` whole days; in last month during a month's first week. */
  readonly recentStart: number;
  readonly daysInMonth: number;
}

export function monthWindow(now: number): MonthWindow {
  const date = new Date(now * 1000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const monthStart = Date.UTC(year, month, 1) / 1000;
  const monthEnd = Date.UTC(year, month + 1, 1) / 1000;
  const todayStart = alignDown(now, DAY);
  return {
    monthStart,
    monthEnd,
    now,
    todayStart,
    recentStart: todayStart - RECENT_FULL_DAYS * DAY,
    daysInMonth: (monthEnd - monthStart) / DAY,
  };
}

/**
 * The one window to ask each set for: the month so far plus, early in the month, the recent whole days
 * before it. It is at most 31 days, which the API's planner serves in one request (it takes 13 months);
 * given a shorter limit (S2's own 30 days), the start moves up to the day that keeps it askable and
 * `complete` says the month's first day is missing.
 */
export function monthRequestRange(
  w: MonthWindow,
  maxSeconds = MAX_VIEW_RANGE_SECONDS,
): EpochRange & { complete: boolean } {
  const start = Math.min(w.monthStart, w.recentStart);
  if (w.now - start <= maxSeconds) return { start, end: w.now, complete: true };
  const askable = Math.ceil((w.now - maxSeconds) / DAY) * DAY;
  return { start: askable, end: w.now, complete: false };
}

/** A quantity this month so far and projected to the month's end; null where nothing was measured. */
export interface MonthQuantity {
  readonly monthToDate: number | null;
  readonly projected: number | null;
}

/**
 * A counter (operations, bytes) by day buckets: the sum of this month's buckets (today's, still filling,
 * included), and that plus the average daily total of the last 7 whole days times the days left
 * (fractional: the rest of today counts). A recent day S2 left blank counts as no activity for the rate;
 * with no data at all, both are null.
 */
export function projectCounter(dayBuckets: readonly Point[], w: MonthWindow): MonthQuantity {
  const month = accumulationStats(dayBuckets, { start: w.monthStart, end: w.now, intervalSeconds: DAY });
  const recent = accumulationStats(dayBuckets, {
    start: w.recentStart,
    end: w.todayStart,
    intervalSeconds: DAY,
  });
  if (month.total === null && recent.total === null) return { monthToDate: null, projected: null };
  const dailyRate = (recent.total ?? 0) / RECENT_FULL_DAYS;
  const daysLeft = (w.monthEnd - w.now) / DAY;
  return { monthToDate: month.total, projected: (month.total ?? 0) + dailyRate * daysLeft };
}

/**
 * A gauge (bytes stored), in byte-hours: the time-weighted total since the 1st, and that plus the current
 * level held for the hours left. Nothing is assumed before the first reading or after now.
 */
export function projectGauge(readings: readonly Point[], w: MonthWindow): MonthQuantity {
  const stats = gaugeStats(readings, { start: w.monthStart, end: w.now }, { now: w.now });
  if (stats.totalUnitHours === null || stats.latest === null) return { monthToDate: null, projected: null };
  const hoursLeft = (w.monthEnd - w.now) / HOUR;
  return {
    monthToDate: stats.totalUnitHours,
    projected: stats.totalUnitHours + stats.latest.value * hoursLeft,
  };
}
