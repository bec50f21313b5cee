import { formatSignificant } from "@/lib/format/significant";

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
