import type { TzChoice } from "@/lib/time-range/options";

/**
 * The IANA zone to format in. "utc" is UTC; "local" is `localZone` when given (tests, or a zone the
 * server learnt from the browser) and otherwise the runtime's own zone (undefined, Intl's default);
 * any other choice is already an IANA name (validated when the URL was parsed).
 */
export function resolveTimeZone(choice: TzChoice, localZone?: string): string | undefined {
  if (choice === "utc") return "UTC";
  if (choice === "local") return localZone;
  return choice;
}

/** The picker label for a zone choice: "UTC", "Local (Europe/Paris)" when the zone is known, or the name. */
export function timeZoneLabel(choice: TzChoice, localZone?: string): string {
  if (choice === "utc") return "UTC";
  if (choice === "local") return localZone ? `Local (${localZone})` : "Local";
  return choice;
}

export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly monthName: string;
  readonly day: number;
  readonly weekday: string;
  readonly hour: number;
  readonly minute: number;
}

// Building a DateTimeFormat is far slower than using one, and charts format hundreds of ticks.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? "";
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    const options: Intl.DateTimeFormatOptions = {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    };
    try {
      formatter = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone });
    } catch {
      // An unknown zone name (e.g. from an old browser) must not break the page: fall back to the runtime's.
      formatter = new Intl.DateTimeFormat("en-GB", options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * The wall-clock fields of epoch second `t` in `zone`. Only numbers are taken from Intl and names come
 * from our own tables, because server and browser ICU versions spell them differently (en-GB "Sep" vs
 * "Sept") and any difference in rendered text breaks hydration.
 */
export function zonedParts(t: number, zone: string | undefined): ZonedParts {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(t * 1000))) fields[part.type] = part.value;
  const year = Number(fields.year);
  const month = Number(fields.month);
  const day = Number(fields.day);
  return {
    year,
    month,
    monthName: MONTHS[month - 1] ?? "",
    day,
    weekday: WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? "",
    hour: Number(fields.hour) % 24, // some engines still print midnight as "24"
    minute: Number(fields.minute),
  };
}

/**
 * How far `zone`'s wall clock is ahead of UTC at instant `t`, in seconds (e.g. 19,800 for Kolkata).
 * Derived from the formatted wall-clock fields so it follows the same zone data as every label.
 */
export function zoneOffsetSeconds(t: number, zone: string | undefined): number {
  const p = zonedParts(t, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) / 1000;
  return wall - Math.floor(t / 60) * 60;
}

/**
 * Whether the wall-clock time of `t` in `zone` also names another instant: the hour repeated when
 * clocks go back (01:00-02:00 twice in New York on the first Sunday of November).
 */
export function isRepeatedWallTime(t: number, zone: string | undefined): boolean {
  const own = zoneOffsetSeconds(t, zone);
  // Offsets a few hours either side cover every real transition (at most a couple of hours' change).
  for (const probe of [t - 3 * 3_600, t + 3 * 3_600]) {
    const other = zoneOffsetSeconds(probe, zone);
    if (other !== own && zoneOffsetSeconds(t + own - other, zone) === other) return true;
  }
  return false;
}

/** "UTC−4", "UTC+5:30", "UTC": the zone's offset at `t`, to tell apart the two 01:00s of a fall-back. */
export function formatOffset(t: number, zone: string | undefined): string {
  const offset = zoneOffsetSeconds(t, zone);
  if (offset === 0) return "UTC";
  const sign = offset < 0 ? "\u2212" : "+";
  const minutes = Math.abs(offset) / 60;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `UTC${sign}${hours}${rest === 0 ? "" : `:${String(rest).padStart(2, "0")}`}`;
}

export interface WallFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

/**
 * The instant (epoch seconds) at which `zone`'s wall clock reads `wall` (undefined zone: the runtime's).
 * A time repeated when clocks go back is the earlier of the two instants; a time skipped when they go
 * forward (02:30 in New York in March) is read with the offset before the gap, i.e. just after it.
 */
export function zonedInstant(wall: WallFields, zone: string | undefined): number {
  const asUtc =
    Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0) / 1000;
  // A zone changes offset at most once in a day: the offsets half a day either side are the candidates.
  const before = zoneOffsetSeconds(asUtc - 43_200, zone);
  const after = zoneOffsetSeconds(asUtc + 43_200, zone);
  const fits = [asUtc - before, asUtc - after].filter((t) => zoneOffsetSeconds(t, zone) === asUtc - t);
  return fits.length > 0 ? Math.min(...fits) : asUtc - before;
}
