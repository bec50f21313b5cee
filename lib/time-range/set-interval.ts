import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { INTERVAL_SECONDS, type Interval, intervalRule, type Level } from "@/lib/s2/contract";
import { alignWindow, type EpochRange } from "./epoch-range";

export interface SetInterval {
  /** The interval to send for this set. */
  readonly interval: Interval;
  /** Shown beside the chart when the set cannot honour the user's choice; null otherwise. */
  readonly note: string | null;
}

const ADVERB: Record<Interval, string> = { minute: "per minute", hour: "hourly", day: "daily" };

/**
 * The interval to request for one metric set, given the interval the view resolved to. Some sets take
 * only one interval (basin storage: hour; stream storage: minute), and asking for another is a 422, so
 * the nearest allowed one is used instead. A note is returned only when the user explicitly picked an
 * interval the set cannot give; with `auto` the substitution is what they asked for.
 */
export function intervalForSet(level: Level, set: string, requested: Interval, wasAuto = false): SetInterval {
  const rule = intervalRule(level, set);
  if (rule === undefined || rule.allowed.includes(requested)) return { interval: requested, note: null };
  const nearest = nearestInterval(rule.allowed, requested);
  if (nearest === undefined) return { interval: requested, note: null };
  const note = wasAuto
    ? null
    : `${describeSet(level, set)} is only available ${ADVERB[nearest]}, so this chart shows ${ADVERB[nearest]} data instead of ${ADVERB[requested]}.`;
  return { interval: nearest, note };
}

export interface SetRequest extends SetInterval {
  /** The window to ask for: the view's window, its start aligned to this set's own interval. */
  readonly range: EpochRange;
}

/**
 * What one metric set of a view asks S2 for: its interval (`intervalForSet`) and the view's window
 * aligned to that interval. The view's window is aligned to the view's interval already; a set that
 * takes only a coarser one (basin storage, hourly, in a minute view) must start on its own boundary too,
 * or its first bucket would be clipped.
 */
export function setRequest(
  level: Level,
  set: string,
  view: { readonly range: EpochRange; readonly interval: Interval; readonly intervalWasAuto: boolean },
): SetRequest {
  const chosen = intervalForSet(level, set, view.interval, view.intervalWasAuto);
  // The view's window may be up to 13 months (the planner cuts it into S2's 30-day calls).
  return {
    ...chosen,
    range: alignWindow(view.range, INTERVAL_SECONDS[chosen.interval], MAX_VIEW_RANGE_SECONDS),
  };
}

function nearestInterval(allowed: readonly Interval[], target: Interval): Interval | undefined {
  const distance = (i: Interval) => Math.abs(Math.log(INTERVAL_SECONDS[i] / INTERVAL_SECONDS[target]));
  return [...allowed].sort((a, b) => distance(a) - distance(b))[0];
}

function describeSet(level: Level, set: string): string {
  const words = `${level} ${set.replaceAll("-", " ")}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
