import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import {
  type CalendarPeriod,
  PRESET_SECONDS,
  PRESETS,
  type Preset,
  RELATIVE_UNIT_SECONDS,
} from "@/lib/time-range/options";
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
  "90d": "Last 90 days",
};

/** Calendar quick ranges, months in the view's zone. */
export const CALENDAR_PERIOD_LABELS: Record<CalendarPeriod, string> = {
  "this-month": "This month",
  "last-month": "Last month",
};

/** "Last hour", "Last 6 hours", "Last 30 days"; a preset's length reads as the preset ("Last 24 hours"). */
export function lastDurationLabel(seconds: number): string {
  // One vocabulary: an embed or a link of 86,400 s says what the picker says, not "Last day".
  const preset = PRESETS.find((p) => PRESET_SECONDS[p] === seconds);
  if (preset !== undefined) return PRESET_LABELS[preset];
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
  if (range.kind === "calendar") return CALENDAR_PERIOD_LABELS[range.period];
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

/**
 * The window a view actually shows, in the view's zone: "2 Dec 10:00 – now" for a window ending now
 * (its start aligned down to whole buckets), or both ends of a fixed window ("3 Mar 14:00 – 4 Mar 09:00").
 */
export function shownWindowLabel(range: EpochRange, zone: string | undefined, endsNow: boolean): string {
  if (endsNow) return `${formatDateTime(range.start, zone)} – now`;
  return formatSpan(range.start, range.end, zone, { withDate: true });
}

/** Why a view shows less than its link asked for, or null when it shows all of it. */
export function clampNotice(
  requested: EpochRange,
  shown: EpochRange,
  zone: string | undefined,
): string | null {
  if (requested.end - requested.start <= MAX_VIEW_RANGE_SECONDS) return null;
  return (
    `This link asks for ${formatDuration(requested.end - requested.start)}, but a view shows at most ` +
    `13 months (${formatDuration(MAX_VIEW_RANGE_SECONDS)}), so it shows the ${formatDuration(MAX_VIEW_RANGE_SECONDS)} ` +
    `ending ${formatDateTime(shown.end, zone)} (from ${formatDateTime(shown.start, zone)}).`
  );
}
