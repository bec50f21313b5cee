import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { formatDuration } from "@/lib/format/duration";
import { FUTURE_SLACK_SECONDS, INTERVAL_SECONDS, type Interval } from "@/lib/s2/contract";
import { calendarBounds } from "./calendar-range";
import { alignWindow, type EpochRange } from "./epoch-range";
import { PRESET_SECONDS } from "./options";
import type { RangeSpec, ViewState } from "./search-params";
import { resolveTimeExpr } from "./time-expr";

export type ResolvedRange =
  | {
      readonly ok: true;
      readonly range: EpochRange;
      readonly interval: Interval;
      readonly intervalWasAuto: boolean;
    }
  | { readonly ok: false; readonly reason: string };

/** A dashboard view's window: `resolveRange`'s answer, clamped to 13 months and aligned to whole buckets. */
export type ResolvedWindow =
  | {
      readonly ok: true;
      /** The window shown and asked for: `requested`, clamped to 13 months, its start aligned to `interval`. */
      readonly range: EpochRange;
      /** The window the URL names, before clamping and alignment. */
      readonly requested: EpochRange;
      /** The URL asked for more than a view serves; `range` is the 13 months ending at the requested end. */
      readonly clamped: boolean;
      readonly interval: Interval;
      readonly intervalWasAuto: boolean;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Longest range (seconds, inclusive) for which `auto` picks each interval. Chosen so a bar chart holds
 * roughly 25-360 bars: 6 h by minute is 360 bars, 7 d by hour is 168, 30 d by day is 30.
 */
export const AUTO_INTERVAL_MAX_SECONDS = { minute: 6 * 3_600, hour: 7 * 86_400 } as const;

/** The interval `auto` resolves to for a range of this length. */
export function autoInterval(durationSeconds: number): Interval {
  if (durationSeconds <= AUTO_INTERVAL_MAX_SECONDS.minute) return "minute";
  if (durationSeconds <= AUTO_INTERVAL_MAX_SECONDS.hour) return "hour";
  return "day";
}

/**
 * The absolute bounds a range spec names at `now`, without checking S2's rules. `zone` (an IANA name;
 * undefined is the runtime's zone) places calendar months; other ranges do not depend on it.
 */
export function rangeBounds(range: RangeSpec, now: number, zone?: string): EpochRange {
  const at = Math.floor(now);
  if (range.kind === "preset") return { start: at - PRESET_SECONDS[range.preset], end: at };
  if (range.kind === "calendar") return calendarBounds(range.period, at, zone);
  return { start: resolveTimeExpr(range.from, at), end: resolveTimeExpr(range.to, at) };
}

/**
 * Why the dashboard would refuse this range (the API's 422), in words for the UI; null when it is
 * acceptable. A view may span 13 months (`MAX_VIEW_RANGE_SECONDS`): the planner cuts it into S2's
 * 30-day calls.
 */
export function rangeProblem(range: EpochRange, now: number): string | null {
  const { start, end } = range;
  if (start >= end) return "The range must start before it ends.";
  if (start < 0) return "The range starts before 1970.";
  const ahead = end - Math.floor(now);
  if (ahead > FUTURE_SLACK_SECONDS) {
    return `The range ends ${formatDuration(ahead)} in the future; S2 accepts at most ${FUTURE_SLACK_SECONDS} seconds ahead.`;
  }
  if (end - start > MAX_VIEW_RANGE_SECONDS) {
    return `The range spans ${formatDuration(end - start)}; a view shows at most ${formatDuration(MAX_VIEW_RANGE_SECONDS)} (13 months).`;
  }
  return null;
}

/**
 * Turns the URL's range and interval into absolute `[start, end)` epoch seconds and a concrete interval,
 * or a human-readable reason the range cannot be asked for. This is the range as named; a dashboard
 * view shows `resolveViewWindow`'s aligned window instead.
 * `now` is epoch seconds; callers that poll may round it (e.g. to the minute) to keep query keys stable.
 */
export function resolveRange(
  state: Pick<ViewState, "range" | "interval">,
  now: number,
  zone?: string,
): ResolvedRange {
  const range = rangeBounds(state.range, now, zone);
  const problem = rangeProblem(range, now);
  if (problem !== null) return { ok: false, reason: problem };
  const intervalWasAuto = state.interval === "auto";
  const interval = state.interval === "auto" ? autoInterval(range.end - range.start) : state.interval;
  return { ok: true, range, interval, intervalWasAuto };
}

/**
 * The window a dashboard view shows and asks for. A range longer than 13 months is not refused but
 * clamped to the 13 months ending at its end (the view says so), and the start is aligned down to the
 * interval (`alignWindow`) so that the first bucket is whole: S2 answers a start inside a bucket with
 * a first bucket holding only the part after it, which a chart would label as the whole bucket.
 */
export function resolveViewWindow(
  state: Pick<ViewState, "range" | "interval">,
  now: number,
  zone?: string,
): ResolvedWindow {
  const requested = rangeBounds(state.range, now, zone);
  const clamped = requested.start < requested.end && requested.end - requested.start > MAX_VIEW_RANGE_SECONDS;
  const asked = clamped ? { start: requested.end - MAX_VIEW_RANGE_SECONDS, end: requested.end } : requested;
  const named: RangeSpec = {
    kind: "custom",
    from: { kind: "absolute", t: asked.start },
    to: { kind: "absolute", t: asked.end },
  };
  const resolved = resolveRange({ range: named, interval: state.interval }, now);
  if (!resolved.ok) return resolved;
  const range = alignWindow(resolved.range, INTERVAL_SECONDS[resolved.interval], MAX_VIEW_RANGE_SECONDS);
  return { ...resolved, range, requested, clamped };
}
