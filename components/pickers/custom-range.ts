import { fromWallClock, type WallClock } from "@/lib/format/wall-clock";
import type { TzChoice } from "@/lib/time-range/options";
import { rangeBounds, rangeProblem } from "@/lib/time-range/resolve-range";
import type { RangeSpec } from "@/lib/time-range/search-params";
import { parseTimeExpr, type TimeExpr } from "@/lib/time-range/time-expr";

/** A range the picker may navigate to, or the reason it may not, in words for the form. */
export type RangeCheck =
  | { readonly ok: true; readonly range: RangeSpec }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks a custom range against S2's rules before any navigation (at most 30 days, not ending in
 * the future, start before end), using the same `rangeProblem` the request path uses, so the picker
 * refuses exactly what S2 would answer 422 to, and says why.
 */
function check(from: TimeExpr, to: TimeExpr, now: number): RangeCheck {
  const range: RangeSpec = { kind: "custom", from, to };
  const problem = rangeProblem(rangeBounds(range, now), now);
  return problem === null ? { ok: true, range } : { ok: false, reason: problem };
}

/** From/to typed as expressions: `now-6h`, `now`, epoch seconds or ISO 8601 with an offset. */
export function checkExpressionRange(fromText: string, toText: string, now: number): RangeCheck {
  const from = parseTimeExpr(fromText);
  if (!from.ok) return { ok: false, reason: `Start ${from.reason}.` };
  const to = parseTimeExpr(toText);
  if (!to.ok) return { ok: false, reason: `End ${to.reason}.` };
  return check(from.value, to.value, now);
}

/** From/to picked with date and time inputs, read on the wall clock of the view's zone choice. */
export function checkWallClockRange(from: WallClock, to: WallClock, tz: TzChoice, now: number): RangeCheck {
  const start = fromWallClock(from, tz);
  if (start === null) return { ok: false, reason: "Enter a valid start date and time." };
  const end = fromWallClock(to, tz);
  if (end === null) return { ok: false, reason: "Enter a valid end date and time." };
  return check({ kind: "absolute", t: start }, { kind: "absolute", t: end }, now);
}
