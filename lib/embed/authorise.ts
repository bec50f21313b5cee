import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { formatDuration } from "@/lib/format/duration";
import { lastDurationLabel } from "@/lib/format/range-label";
import { FUTURE_SLACK_SECONDS, INTERVAL_SECONDS, INTERVALS } from "@/lib/s2/contract";
import { alignWindow, type EpochRange } from "@/lib/time-range/epoch-range";
import type { EmbedTarget, EmbedView } from "./embed-spec";

/**
 * What an embed token lets its frame ask for: its own target, its own sets, and its own range (or, when
 * the author allowed it, any range within the lookback). The same rules run in the API (which refuses
 * with 403) and in the frame (which refuses a parent's range change before asking), so the two agree.
 */

/**
 * How far the frame's "now" may lag the server's for a relative range: the frame resolves the range with
 * the browser's clock and moves it once a minute, so an exact match would refuse honest requests.
 */
export const EMBED_CLOCK_TOLERANCE_SECONDS = 15 * 60;

export interface EmbedDataRequest {
  readonly target: EmbedTarget;
  readonly set: string;
  readonly range: EpochRange;
}

/** Why the token does not cover this request (a sentence for the 403), or null when it does. */
export function embedRequestDenial(
  view: EmbedView,
  request: EmbedDataRequest,
  nowSeconds: number,
): string | null {
  return (
    targetDenial(view.target, request.target) ??
    ((view.sets as readonly string[]).includes(request.set)
      ? null
      : `This embed does not include the ${request.set} metrics.`) ??
    rangeDenial(view, request.range, nowSeconds)
  );
}

function targetDenial(allowed: EmbedTarget, asked: EmbedTarget): string | null {
  const what = describeTarget(allowed);
  if (asked.level !== allowed.level) return `This embed shows ${what} only, not ${asked.level} metrics.`;
  if (allowed.level === "account") return null;
  if (!("basin" in asked) || asked.basin !== allowed.basin) return `This embed shows ${what} only.`;
  if (allowed.level === "stream" && (!("stream" in asked) || asked.stream !== allowed.stream)) {
    return `This embed shows ${what} only.`;
  }
  return null;
}

export function describeTarget(target: EmbedTarget): string {
  switch (target.level) {
    case "account":
      return "the account";
    case "basin":
      return `basin ${target.basin}`;
    case "stream":
      return `stream ${target.stream} of basin ${target.basin}`;
  }
}

/**
 * Whether a window is the token's own: the fixed window, or the relative length ending about now, either
 * as named or with its start moved down to a bucket boundary (`alignWindow`), which is how the frame asks
 * so that its first bar is a whole bucket. That widens the window by less than one bucket, never more.
 */
export function isTokenRange(view: EmbedView, range: EpochRange, nowSeconds: number): boolean {
  const own = view.range;
  if (
    own.kind === "relative" &&
    (range.end < nowSeconds - EMBED_CLOCK_TOLERANCE_SECONDS || range.end > nowSeconds + FUTURE_SLACK_SECONDS)
  ) {
    return false;
  }
  const named = own.kind === "fixed" ? own : { start: range.end - own.seconds, end: range.end };
  const candidates = [
    named,
    ...INTERVALS.map((interval) => alignWindow(named, INTERVAL_SECONDS[interval], MAX_VIEW_RANGE_SECONDS)),
  ];
  return candidates.some((window) => window.start === range.start && window.end === range.end);
}

/** Why this window is outside what the token allows, or null. */
export function rangeDenial(view: EmbedView, range: EpochRange, nowSeconds: number): string | null {
  if (isTokenRange(view, range, nowSeconds)) return null;
  const change = view.rangeChange;
  if (!change.allowed) {
    return view.range.kind === "fixed"
      ? "This embed shows a fixed time range; its viewers cannot change it."
      : `This embed shows the ${lastDurationLabel(view.range.seconds).toLowerCase()}; its viewers cannot change the range.`;
  }
  const earliest = nowSeconds - change.lookbackSeconds - EMBED_CLOCK_TOLERANCE_SECONDS;
  const within = `within the last ${formatDuration(change.lookbackSeconds)}`;
  if (range.start >= range.end) return "The range must start before it ends.";
  if (range.start < earliest) return `This embed may only show ranges ${within}.`;
  if (range.end > nowSeconds + FUTURE_SLACK_SECONDS) return "The range must not end in the future.";
  // As long as a view may be: the planner behind the embed data routes cuts it into S2's 30-day calls.
  if (range.end - range.start > MAX_VIEW_RANGE_SECONDS) return "The range must not be longer than 13 months.";
  return null;
}
