import { formatBytes } from "@/lib/format/bytes";
import { formatCount } from "@/lib/format/count";
import { formatByteHoursAsGiBMonths } from "@/lib/format/gib-months";
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

export const DIMENSION_LABELS: Record<DimensionKind, string> = {
  storage: "Storage",
  "append-operations": "Append operations",
  "read-operations": "Read operations",
  "appended-bytes": "Bytes appended",
  "read-bytes": "Bytes read",
};

/** A priced quantity in the unit it is billed in: GiB-months of storage, operations, bytes. */
export function formatQuantity(kind: DimensionKind, quantity: number): string {
  if (kind === "storage") return formatByteHoursAsGiBMonths(quantity);
  if (kind === "append-operations" || kind === "read-operations") return `${formatCount(quantity)} ops`;
  return formatBytes(quantity);
}

/** "December 2026": the calendar month of an epoch second, in UTC (the month estimates are UTC months). */
export function formatUtcMonth(epochSeconds: number): string {
  return new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    epochSeconds * 1000,
  );
}
