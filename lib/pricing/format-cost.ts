import { formatBytes } from "@/lib/format/bytes";
import { formatCount } from "@/lib/format/count";
import { formatSignificant } from "@/lib/format/significant";
import { byteHoursToGiBMonths } from "./cost";
import type { DimensionKind } from "./cost-breakdown";

/**
 * An estimated amount as people read a bill: "$4.12", "€1,204.50". Amounts that round to nothing read
 * "< $0.01" rather than "$0.00", which would claim they are free. Formatted in `en` so server and browser
 * render the same text.
 */
export function formatCost(amount: number, currency: string): string {
  const format = new Intl.NumberFormat("en", { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const smallest = 10 ** -digits;
  if (amount > 0 && amount < smallest) return `< ${format.format(smallest)}`;
  return format.format(amount);
}

/** The estimate as shown on cards and in tables: "≈ $4.12". */
export function formatEstimate(amount: number, currency: string): string {
  return `≈ ${formatCost(amount, currency)}`;
}

/** Storage in its billed unit beside GiB·h: "0.76 GiB-months". */
export function formatGiBMonths(gibMonths: number): string {
  if (gibMonths > 0 && gibMonths < 0.0001) return "< 0.0001 GiB-months";
  // Small stores are a tiny fraction of a GiB-month; two significant digits keep them from reading "0".
  const tiny = gibMonths !== 0 && Math.abs(gibMonths) < 0.01;
  const text = tiny ? Number(gibMonths.toPrecision(2)).toString() : formatSignificant(gibMonths);
  return `${text} GiB-month${text === "1" ? "" : "s"}`;
}

export const DIMENSION_LABELS: Record<DimensionKind, string> = {
  storage: "Storage",
  "append-operations": "Append operations",
  "read-operations": "Read operations",
  "appended-bytes": "Bytes appended",
  "read-bytes": "Bytes read",
};

/** A priced quantity in the unit it is billed in: GiB-months of storage, operations, bytes. */
export function formatQuantity(kind: DimensionKind, quantity: number): string {
  if (kind === "storage") return formatGiBMonths(byteHoursToGiBMonths(quantity));
  if (kind === "append-operations" || kind === "read-operations") return `${formatCount(quantity)} ops`;
  return formatBytes(quantity);
}

/** "December 2026": the calendar month of an epoch second, in UTC (the month estimates are UTC months). */
export function formatUtcMonth(epochSeconds: number): string {
  return new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    epochSeconds * 1000,
  );
}
