import type { TzChoice } from "@/lib/time-range/options";

/**
 * The IANA zone to format in. "utc" is UTC; "local" is `localZone` when given (tests, or a zone the
 * server learnt from the browser) and otherwise the runtime's own zone (undefined, Intl's default).
 */
export function resolveTimeZone(choice: TzChoice, localZone?: string): string | undefined {
  return choice === "utc" ? "UTC" : localZone;
}

/** The picker label for a zone choice: "UTC", or "Local (Europe/Paris)" when the zone is known. */
export function timeZoneLabel(choice: TzChoice, localZone?: string): string {
  if (choice === "utc") return "UTC";
  return localZone ? `Local (${localZone})` : "Local";
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
