export const MINUTE = 60;
export const HOUR = 3_600;
export const DAY = 86_400;

/**
 * Storage is metered every five minutes rather than every minute: a per-minute meter on 33 streams
 * would alone exceed the record budget of a 35-day backfill.
 */
export const METER_TICK = 300;

export function utcSeconds(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) / 1_000;
}

/**
 * Everything is created relative to fixed dates, never to "now", so catalog(now) and generate() agree
 * across restarts and across machines. The account opens at ANCHOR, early enough that a backend started
 * any time up to late 2026 holds 13 months of history (issue 12); traffic pivots to its growth phase at
 * GROWTH_PIVOT, the old anchor, so every figure from that date on is what it was before the history grew.
 */
export const ANCHOR = utcSeconds(2025, 10, 1);
export const GROWTH_PIVOT = utcSeconds(2026, 9, 1);

export function utcHourOf(t: number): number {
  return Math.floor((t % DAY) / HOUR);
}

export function utcHourFraction(t: number): number {
  return (t % DAY) / HOUR;
}

/** 0 = Sunday; day 0 of the epoch was a Thursday. */
export function utcWeekdayOf(t: number): number {
  return (Math.floor(t / DAY) + 4) % 7;
}

export function isWorkday(t: number): boolean {
  const weekday = utcWeekdayOf(t);
  return weekday !== 0 && weekday !== 6;
}

/** Office hours of the simulated team: 08:00-18:00 UTC, Monday to Friday. */
export function isWorkHour(t: number): boolean {
  const hour = utcHourOf(t);
  return isWorkday(t) && hour >= 8 && hour < 18;
}

/** When a stream or a basin's control plane is in use at all. */
export type Schedule = "always" | "workdays" | "work-hours";

export function isScheduled(schedule: Schedule, t: number): boolean {
  if (schedule === "workdays") return isWorkday(t);
  if (schedule === "work-hours") return isWorkHour(t);
  return true;
}
