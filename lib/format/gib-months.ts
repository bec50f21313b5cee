import { byteHoursToGiBMonths } from "@/lib/meter/gib-months";
import { formatSignificant } from "./significant";

/**
 * Storage in its billed unit, "0.76 GiB-months" (the one label for it everywhere: tables, summary
 * cards, cost lines). Small stores are a tiny fraction of a GiB-month: two significant digits keep them
 * from reading "0", and below 0.0001 it says so rather than print a zero that reads as "no storage".
 */
export function formatGiBMonths(gibMonths: number): string {
  if (!Number.isFinite(gibMonths)) return "—";
  if (gibMonths > 0 && gibMonths < 0.0001) return "< 0.0001 GiB-months";
  const tiny = gibMonths !== 0 && Math.abs(gibMonths) < 0.01;
  const text = tiny ? Number(gibMonths.toPrecision(2)).toString() : formatSignificant(gibMonths);
  return `${text} GiB-month${text === "1" ? "" : "s"}`;
}

/** A time-weighted storage total (byte-hours) in GiB-months: a table column's formatter. */
export function formatByteHoursAsGiBMonths(byteHours: number): string {
  return Number.isFinite(byteHours) ? formatGiBMonths(byteHoursToGiBMonths(byteHours)) : "—";
}
