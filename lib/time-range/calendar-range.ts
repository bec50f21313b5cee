import { zonedInstant, zonedParts } from "@/lib/format/time-zone";
import type { EpochRange } from "./epoch-range";
import type { CalendarPeriod } from "./options";

/** The instant the month `offset` months from the one holding `now` begins, on `zone`'s wall clock. */
export function monthStart(now: number, zone: string | undefined, offset: number): number {
  const p = zonedParts(now, zone);
  // Month arithmetic on a UTC date carries the year (month 0 of 2026 is December 2025).
  const first = new Date(Date.UTC(p.year, p.month - 1 + offset, 1));
  return zonedInstant(
    { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: 1, hour: 0, minute: 0 },
    zone,
  );
}

/**
 * The window a calendar period names at `now` in `zone` (undefined: the runtime's zone): months begin
 * at local midnight, so a month in Berlin is an hour shorter than in UTC at both ends and a DST month
 * is not a whole number of days.
 */
export function calendarBounds(period: CalendarPeriod, now: number, zone: string | undefined): EpochRange {
  const at = Math.floor(now);
  if (period === "this-month") return { start: monthStart(at, zone, 0), end: at };
  return { start: monthStart(at, zone, -1), end: monthStart(at, zone, 0) };
}
