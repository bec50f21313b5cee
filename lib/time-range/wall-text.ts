import { zonedInstant, zonedParts } from "@/lib/format/time-zone";

/**
 * Dates typed in the range picker, in the app's own format ("3 Mar 2025 14:05", the labels' "3 Mar
 * 14:00" with the year a range needs) rather than the browser's mm/dd/yyyy, read on the view's zone.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** "3 Mar 2025 14:05": instant `t` on `zone`'s wall clock, as the picker's inputs show it. */
export function formatWallText(t: number, zone: string | undefined): string {
  const p = zonedParts(t, zone);
  return `${p.day} ${p.monthName} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

export type WallTextResult =
  | { readonly ok: true; readonly t: number }
  | { readonly ok: false; readonly reason: string };

const APP_FORMAT = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/;
const ISO_FORMAT = /^(\d{4})-(\d{2})-(\d{2})(?:[t\s]+(\d{1,2}):(\d{2}))?$/;
export const WALL_TEXT_HINT = "Write a date like 3 Mar 2025 14:05 (or 2025-03-03 14:05).";

/**
 * Reads "3 Mar 2025 14:05" (month names in English, full or short; the time optional, midnight when
 * left out) or "2025-03-03 14:05", on `zone`'s wall clock. Impossible dates (31 Feb) are refused, not
 * rolled over into March.
 */
export function parseWallText(text: string, zone: string | undefined): WallTextResult {
  const input = text.trim().toLowerCase();
  let year: number;
  let month: number;
  let day: number;
  let hour = 0;
  let minute = 0;
  const app = APP_FORMAT.exec(input);
  const iso = app ? null : ISO_FORMAT.exec(input);
  if (app) {
    const name = app[2] ?? "";
    month = MONTHS.findIndex((m) => name.startsWith(m)) + 1;
    if (month === 0 || !isMonthName(name, month)) return { ok: false, reason: `"${app[2]}" is not a month.` };
    [day, year] = [Number(app[1]), Number(app[3])];
    if (app[4] !== undefined) [hour, minute] = [Number(app[4]), Number(app[5])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) [hour, minute] = [Number(iso[4]), Number(iso[5])];
  } else {
    return { ok: false, reason: text.trim() === "" ? `Enter a date. ${WALL_TEXT_HINT}` : WALL_TEXT_HINT };
  }
  if (hour > 23 || minute > 59)
    return { ok: false, reason: `${pad(hour)}:${pad(minute)} is not a time of day.` };
  if (month < 1 || month > 12 || day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) {
    return { ok: false, reason: `${text.trim()} is not a date.` };
  }
  return { ok: true, t: zonedInstant({ year, month, day, hour, minute }, zone) };
}

const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "mar", "march" and "sept" name March and September; "marc" or "marchh" do not. */
function isMonthName(name: string, month: number): boolean {
  const full = FULL_MONTHS[month - 1] ?? "";
  return name === full || name === MONTHS[month - 1] || (month === 9 && name === "sept");
}
