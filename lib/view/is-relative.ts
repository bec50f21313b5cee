import type { RangeSpec } from "@/lib/time-range/search-params";

/**
 * A range whose end follows "now" (a preset, this month, or `to=now...`): the only kind auto-refresh
 * moves. Last month ends at this month's first midnight, which moves only once a month: not relative.
 */
export function isRelativeRange(range: RangeSpec): boolean {
  if (range.kind === "calendar") return range.period === "this-month";
  return range.kind === "preset" || range.to.kind !== "absolute";
}
