import type { TzChoice } from "@/lib/time-range/options";
import { resolveTimeZone, zonedInstant, zonedParts } from "./time-zone";

/** The values of an `<input type="date">` and an `<input type="time">`: "2025-03-01" and "14:05". */
export interface WallClock {
  readonly date: string;
  readonly time: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Instant `t` (epoch seconds) as date and time input values on the wall clock of `zone`. */
export function toWallClock(t: number, zone: string | undefined): WallClock {
  const p = zonedParts(t, zone);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant (epoch seconds) a date and time input pair names on the wall clock of the view's zone
 * choice: UTC, an IANA zone, or the browser's own zone for "local" (the zone every local label is printed in).
 * Returns null for an empty or impossible date or time, such as 31 February.
 */
export function fromWallClock(wall: WallClock, tz: TzChoice): number | null {
  const d = DATE.exec(wall.date);
  const t = TIME.exec(wall.time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute, second] = [d[1], d[2], d[3], t[1], t[2], t[3] ?? "0"].map(
    Number,
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  // Date rolls 31 Feb over to 3 Mar; a picker should refuse it instead.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return zonedInstant({ year, month, day, hour, minute, second }, resolveTimeZone(tz));
}
