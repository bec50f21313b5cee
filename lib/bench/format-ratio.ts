/**
 * A ratio of two measured times for the table, e.g. "1.84x" or "0.52x"; "n/a" when either side was
 * not measured (or is zero), so a missing figure never prints as Infinity or NaN.
 */
export function ratio(numerator: number, denominator: number): number {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return Number.NaN;
  return numerator / denominator;
}

export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)}x`;
}
