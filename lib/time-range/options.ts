import { z } from "zod";
import { INTERVALS } from "@/lib/s2/contract";

/**
 * The dashboard's own URL vocabulary (STYLE.md rule 2): every list a picker or parser needs is declared
 * here once. Intervals themselves come from the S2 contract; "auto" is our addition.
 */

/** Quick ranges; each is shorthand for `from=now-<preset>&to=now`. */
export const PRESETS = ["1h", "6h", "24h", "7d", "30d"] as const;
export type Preset = (typeof PRESETS)[number];
export const presetSchema = z.enum(PRESETS);
export const PRESET_SECONDS: Record<Preset, number> = {
  "1h": 3_600,
  "6h": 6 * 3_600,
  "24h": 86_400,
  "7d": 7 * 86_400,
  "30d": 30 * 86_400,
};

export const INTERVAL_CHOICES = ["auto", ...INTERVALS] as const;
export type IntervalChoice = (typeof INTERVAL_CHOICES)[number];
export const intervalChoiceSchema = z.enum(INTERVAL_CHOICES);

/** Lowercase because they live in URLs; display "UTC" is the formatter's job. */
export const TZ_CHOICES = ["local", "utc"] as const;
export type TzChoice = (typeof TZ_CHOICES)[number];
export const tzChoiceSchema = z.enum(TZ_CHOICES);

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
