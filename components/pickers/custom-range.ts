import { rangeBounds, rangeProblem } from "@/lib/time-range/resolve-range";
import type { RangeSpec } from "@/lib/time-range/search-params";
import { parseTimeExpr, type TimeExpr } from "@/lib/time-range/time-expr";
import { parseWallText } from "@/lib/time-range/wall-text";

/** A range the picker may navigate to, or the reason it may not, in words for the form. */
export type RangeCheck =
  | { readonly ok: true; readonly range: RangeSpec }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks a custom range before any navigation (at most 13 months, not ending in the future, start
 * before end), using the same `rangeProblem` the request path uses, so the picker refuses exactly what
 * the API would answer 422 to, and says why.
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

/** From/to typed in the app's date format ("3 Mar 2025 14:05"), read on the wall clock of `zone`. */
export function checkWallTextRange(fromText: string, toText: string, zone: string, now: number): RangeCheck {
  const start = parseWallText(fromText, zone);
  if (!start.ok) return { ok: false, reason: `Start: ${start.reason}` };
  const end = parseWallText(toText, zone);
  if (!end.ok) return { ok: false, reason: `End: ${end.reason}` };
  return check({ kind: "absolute", t: start.t }, { kind: "absolute", t: end.t }, now);
}
