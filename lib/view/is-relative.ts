import type { RangeSpec } from "@/lib/time-range/search-params";

/** A range whose end follows "now" (a preset, or `to=now...`): the only kind auto-refresh moves. */
export function isRelativeRange(range: RangeSpec): boolean {
  return range.kind === "preset" || range.to.kind !== "absolute";
}
