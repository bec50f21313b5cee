import { formatOffset, isRepeatedWallTime, type ZonedParts, zonedParts } from "./time-zone";

/**
 * Time labels in a resolved zone (see `resolveTimeZone`): a zone of undefined means the runtime's own.
 * All take epoch seconds, the unit the whole dashboard works in.
 */

const pad = (n: number) => String(n).padStart(2, "0");
const clock = (p: ZonedParts) => `${pad(p.hour)}:${pad(p.minute)}`;
const date = (p: ZonedParts) => `${p.day} ${p.monthName}`;

/** "14:00". */
export function formatClock(t: number, zone: string | undefined): string {
  return clock(zonedParts(t, zone));
}

/** "3 Mar". */
export function formatDate(t: number, zone: string | undefined): string {
  return date(zonedParts(t, zone));
}

/** "3 Mar 14:00". */
export function formatDateTime(t: number, zone: string | undefined): string {
  const p = zonedParts(t, zone);
  return `${date(p)} ${clock(p)}`;
}

/** Whether two instants fall on the same calendar day in `zone`. */
export function isSameDay(a: number, b: number, zone: string | undefined): boolean {
  const pa = zonedParts(a, zone);
  const pb = zonedParts(b, zone);
  return pa.year === pb.year && pa.month === pb.month && pa.day === pb.day;
}

/** Whether `t` is 00:00 in `zone`. */
export function isMidnight(t: number, zone: string | undefined): boolean {
  const p = zonedParts(t, zone);
  return p.hour === 0 && p.minute === 0;
}

/**
 * An x-axis tick: "3 Mar" at midnight (so an axis crossing midnight says which day begins there);
 * elsewhere "14:00" when the chart spans at most a day, and "3 Mar 14:00" beyond that, because a bare
 * hour on a multi-day axis does not say which day.
 */
export function formatAxisTick(t: number, zone: string | undefined, spanSeconds: number): string {
  if (isMidnight(t, zone)) return formatDate(t, zone);
  return spanSeconds <= 86_400 ? formatClock(t, zone) : formatDateTime(t, zone);
}

export interface SpanOptions {
  /** Always show the date, e.g. for charts that span several days. By default only when needed. */
  readonly withDate?: boolean;
}

/**
 * A half-open span `[from, to)` for people: "14:00–15:00"; "3 Mar 22:00 – 4 Mar 02:00" when it
 * crosses a day; "3 Mar" or "3 Mar – 9 Mar" when it is whole days in `zone` (the end is shown as the
 * last day included, not the exclusive midnight after it).
 */
export function formatSpan(
  from: number,
  to: number,
  zone: string | undefined,
  opts: SpanOptions = {},
): string {
  const last = to - 1; // the last instant inside the span decides which day it ends on
  if (to > from && isMidnight(from, zone) && isMidnight(to, zone)) {
    return isSameDay(from, last, zone)
      ? formatDate(from, zone)
      : `${formatDate(from, zone)} – ${formatDate(last, zone)}`;
  }
  // In the hour clocks go back, "01:00" names two instants: say which by its offset.
  const repeated = isRepeatedWallTime(from, zone) || isRepeatedWallTime(to, zone);
  const at = (t: number, withDate: boolean) =>
    `${withDate ? formatDateTime(t, zone) : formatClock(t, zone)}${repeated ? ` (${formatOffset(t, zone)})` : ""}`;
  if (!isSameDay(from, last, zone)) return `${at(from, true)} – ${at(to, true)}`;
  const day = opts.withDate ? `${formatDate(from, zone)} ` : "";
  if (repeated && formatOffset(from, zone) !== formatOffset(to, zone)) {
    return `${day}${at(from, false)} – ${at(to, false)}`;
  }
  const range = `${formatClock(from, zone)}–${formatClock(to, zone)}`;
  return `${day}${range}${repeated ? ` (${formatOffset(from, zone)})` : ""}`;
}

const DAY = 86_400;

/**
 * Whether whole-day buckets must be labelled as UTC days in `zone`: S2's day buckets run from 00:00
 * UTC, which in New York is 19:00 the day before, so printing them as local dates would be false.
 * False where the zone's midnight is UTC's at `t` (UTC itself, London in winter).
 */
export function dayBucketsAreUtc(t: number, zone: string | undefined): boolean {
  return !isMidnight(Math.floor(t / DAY) * DAY, zone);
}

/**
 * A bucket's span for tooltips: `formatSpan` in the view's zone, except that whole UTC days in a zone
 * whose midnight is elsewhere read as what they are, "3 Mar, day (UTC)" (not "2 Mar 19:00 – 3 Mar 19:00").
 */
export function formatBucketSpan(
  from: number,
  to: number,
  zone: string | undefined,
  opts: SpanOptions = {},
): string {
  if (to > from && from % DAY === 0 && to % DAY === 0 && dayBucketsAreUtc(from, zone)) {
    return `${formatSpan(from, to, "UTC")}, ${to - from === DAY ? "day" : "days"} (UTC)`;
  }
  return formatSpan(from, to, zone, opts);
}
