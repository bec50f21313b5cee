import { z } from "zod";
import { INTERVALS } from "@/lib/s2/contract";

/**
 * The dashboard's own URL vocabulary (STYLE.md rule 2): every list a picker or parser needs is declared
 * here once. Intervals themselves come from the S2 contract; "auto" is our addition.
 */

/** Quick ranges; each is shorthand for `from=now-<preset>&to=now`. */
export const PRESETS = ["1h", "6h", "24h", "7d", "30d", "90d"] as const;
export type Preset = (typeof PRESETS)[number];
export const presetSchema = z.enum(PRESETS);
export const PRESET_SECONDS: Record<Preset, number> = {
  "1h": 3_600,
  "6h": 6 * 3_600,
  "24h": 86_400,
  "7d": 7 * 86_400,
  "30d": 30 * 86_400,
  "90d": 90 * 86_400,
};

/**
 * Quick ranges that are calendar months in the view's zone (`range=this-month`), not lengths: this
 * month runs from its first midnight to now, last month from its first midnight to this month's.
 */
export const CALENDAR_PERIODS = ["this-month", "last-month"] as const;
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];
export const calendarPeriodSchema = z.enum(CALENDAR_PERIODS);

export const INTERVAL_CHOICES = ["auto", ...INTERVALS] as const;
export type IntervalChoice = (typeof INTERVAL_CHOICES)[number];
export const intervalChoiceSchema = z.enum(INTERVAL_CHOICES);

/**
 * The two zone choices that are not IANA names; lowercase because they live in URLs (display "UTC" is
 * the formatter's job). Any other `tz` is an IANA zone name such as "Europe/Berlin".
 */
export const TZ_CHOICES = ["local", "utc"] as const;
export type TzKeyword = (typeof TZ_CHOICES)[number];
/** "local", "utc" or an IANA zone name validated by `parseTzChoice`. */
export type TzChoice = TzKeyword | (string & {});

/** Intl's own list of zone names, by lowercase name, to restore the canonical case of a typed name. */
let knownZones: Map<string, string> | undefined;
function knownZoneSpelling(name: string): string | undefined {
  if (knownZones === undefined) {
    const list = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    knownZones = new Map(list.map((zone) => [zone.toLowerCase(), zone]));
  }
  return knownZones.get(name.toLowerCase());
}

/**
 * Reads a `tz` value: "local"/"utc" in any case, or a zone name Intl knows. Listed names get Intl's
 * spelling ("europe/berlin" becomes "Europe/Berlin"); aliases Intl accepts but does not list
 * ("Asia/Kolkata" where ICU lists "Asia/Calcutta") are kept as written, never swapped for another
 * name, so a link says what its author chose. UTC aliases ("Etc/UTC", "GMT") are "utc". Null when unknown.
 */
export function parseTzChoice(raw: string): TzChoice | null {
  const text = raw.trim();
  const keyword = text.toLowerCase();
  if (keyword === "local" || keyword === "utc") return keyword;
  // Intl treats anything starting with a sign or digit as an offset; only names are zones here.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*[A-Za-z0-9_]$/.test(text)) return null;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
    if (resolved === "UTC" || resolved === "Etc/UTC") return "utc";
  } catch {
    return null;
  }
  return knownZoneSpelling(text) ?? text;
}

/** Whether the chart compares each series with the period before (URL `compare=1`). */
export const COMPARE_PARAM_ON = "1";

/** How counters are drawn: per-second rates (the default) or totals per bucket (URL `values=total`). */
export const VALUES_CHOICES = ["rate", "total"] as const;
export type ValuesChoice = (typeof VALUES_CHOICES)[number];
export const valuesChoiceSchema = z.enum(VALUES_CHOICES);

export const REFRESH_CHOICES = ["off", "30s", "1m", "5m"] as const;
export type RefreshChoice = (typeof REFRESH_CHOICES)[number];
export const refreshChoiceSchema = z.enum(REFRESH_CHOICES);
/** Polling period for a refresh choice, or null for off (a query hook's `refetchInterval`). */
export const REFRESH_MS: Record<RefreshChoice, number | null> = {
  off: null,
  "30s": 30_000,
  "1m": 60_000,
  "5m": 300_000,
};

/** Units of the relative grammar `now-<n><unit>`. */
export const RELATIVE_UNITS = ["m", "h", "d"] as const;
export type RelativeUnit = (typeof RELATIVE_UNITS)[number];
export const RELATIVE_UNIT_SECONDS: Record<RelativeUnit, number> = { m: 60, h: 3_600, d: 86_400 };
