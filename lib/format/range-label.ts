import { type Preset, RELATIVE_UNIT_SECONDS } from "@/lib/time-range/options";
import type { RangeSpec } from "@/lib/time-range/search-params";
import { formatTimeExpr, type TimeExpr } from "@/lib/time-range/time-expr";
import { formatDuration } from "./duration";
import { formatDateTime, formatSpan } from "./time-labels";

/** How presets read in the picker and on its button; "Last 24 hours" is the idiom, not "Last day". */
export const PRESET_LABELS: Record<Preset, string> = {
  "1h": "Last hour",
  "6h": "Last 6 hours",
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
};

/** "Last hour", "Last 6 hours", "Last 30 days". */
export function lastDurationLabel(seconds: number): string {
  const words = formatDuration(seconds);
  return `Last ${words.replace(/^1 (\w+)$/, "$1")}`;
}

/**
 * The picker's button text for a range as the URL states it: presets and `now-6h → now` read as
 * "Last 6 hours"; absolute ranges as their span in the view's zone ("3 Mar 14:00 – 4 Mar 09:30");
 * anything else as the two ends ("now-7d → now-1d").
 */
export function rangeLabel(range: RangeSpec, zone: string | undefined): string {
  if (range.kind === "preset") return PRESET_LABELS[range.preset];
  const { from, to } = range;
  if (from.kind === "ago" && to.kind === "now") {
    return lastDurationLabel(from.amount * RELATIVE_UNIT_SECONDS[from.unit]);
  }
  if (from.kind === "absolute" && to.kind === "absolute" && to.t > from.t) {
    return formatSpan(from.t, to.t, zone, { withDate: true });
  }
  return `${endLabel(from, zone)} → ${endLabel(to, zone)}`;
}

function endLabel(expr: TimeExpr, zone: string | undefined): string {
  return expr.kind === "absolute" ? formatDateTime(expr.t, zone) : formatTimeExpr(expr);
}
