import { type ResolvedRange, rangeBounds, resolveRange } from "@/lib/time-range/resolve-range";
import {
  DEFAULT_VIEW_STATE,
  mergeViewParams,
  parseViewParams,
  type RangeSpec,
  type SearchParamsInput,
  type ViewState,
} from "@/lib/time-range/search-params";
import type { TimeExpr } from "@/lib/time-range/time-expr";
import { rangeDenial } from "./authorise";
import type { EmbedRange, EmbedView } from "./embed-spec";
import type { ReportedRange, RequestedRange } from "./messages";

/**
 * The frame's window. It starts as the token's range; when the token lets viewers change it, a change
 * (from the parent's `s2-embed:set-range`) is written into the frame's own URL with the dashboard's
 * usual `range`/`from`/`to` params (STYLE.md rule 7) and read back from there. A URL range the token does
 * not allow is ignored in favour of the token's, with a notice.
 */

/** The token's range as the URL grammar states it: a fixed window, or `now-<n>` to `now`. */
export function tokenRangeSpec(range: EmbedRange): RangeSpec {
  if (range.kind === "fixed") {
    return {
      kind: "custom",
      from: { kind: "absolute", t: range.start },
      to: { kind: "absolute", t: range.end },
    };
  }
  return { kind: "custom", from: agoExpr(range.seconds), to: { kind: "now" } };
}

function agoExpr(seconds: number): TimeExpr {
  if (seconds % 86_400 === 0) return { kind: "ago", amount: seconds / 86_400, unit: "d" };
  if (seconds % 3_600 === 0) return { kind: "ago", amount: seconds / 3_600, unit: "h" };
  return { kind: "ago", amount: Math.round(seconds / 60), unit: "m" };
}

export function requestedRangeSpec(range: RequestedRange): RangeSpec {
  if ("preset" in range) return { kind: "preset", preset: range.preset };
  if ("relativeSeconds" in range)
    return { kind: "custom", from: agoExpr(range.relativeSeconds), to: { kind: "now" } };
  return {
    kind: "custom",
    from: { kind: "absolute", t: range.start },
    to: { kind: "absolute", t: range.end },
  };
}

const RANGE_PARAMS = ["range", "from", "to"] as const;

function hasRangeParams(params: SearchParamsInput): boolean {
  return RANGE_PARAMS.some((name) =>
    typeof params.getAll === "function"
      ? params.getAll(name).length > 0
      : (params as Record<string, unknown>)[name] !== undefined,
  );
}

export interface EmbedWindow {
  readonly state: ViewState;
  readonly resolved: ResolvedRange;
  /** Set when the URL asked for a range the token does not allow, and the token's was used instead. */
  readonly notice: string | null;
}

export function embedWindow(view: EmbedView, params: SearchParamsInput, nowSeconds: number): EmbedWindow {
  const own: ViewState = {
    ...DEFAULT_VIEW_STATE,
    range: tokenRangeSpec(view.range),
    interval: view.interval,
  };
  const ownWindow = { state: own, resolved: resolveRange(own, nowSeconds), notice: null };
  if (!hasRangeParams(params)) return ownWindow;
  if (!view.rangeChange.allowed) {
    return {
      ...ownWindow,
      notice: "This embed's range is fixed by its author; the link's range was ignored.",
    };
  }
  const asked: ViewState = { ...own, range: parseViewParams(params).state.range };
  const resolved = resolveRange(asked, nowSeconds);
  const denial = resolved.ok ? rangeDenial(view, resolved.range, nowSeconds) : resolved.reason;
  if (denial !== null) return { ...ownWindow, notice: `The link's range was ignored: ${denial}` };
  return { state: asked, resolved, notice: null };
}

/** Why the frame refuses a parent's range change (checked before anything is asked of the server), or null. */
export function requestedRangeDenial(view: EmbedView, range: RangeSpec, nowSeconds: number): string | null {
  if (!view.rangeChange.allowed) return "This embed's range is fixed by its author.";
  const resolved = resolveRange({ range, interval: view.interval }, nowSeconds);
  if (!resolved.ok) return resolved.reason;
  return rangeDenial(view, resolved.range, nowSeconds);
}

/** The frame URL's search string for a new range, keeping every other param (`parent`). */
export function searchWithRange(current: string, state: ViewState, range: RangeSpec): string {
  const merged = mergeViewParams(current, { ...state, range });
  // A preset equal to the default is left out by the serialiser, but here it must override the token.
  if (range.kind === "preset" && !merged.has("range")) merged.set("range", range.preset);
  return `?${merged.toString()}`;
}

export function reportedRange(state: ViewState, nowSeconds: number): ReportedRange {
  const { start, end } = rangeBounds(state.range, nowSeconds);
  const relative =
    state.range.kind === "preset" || (state.range.kind === "custom" && state.range.to.kind === "now");
  return { start, end, relativeSeconds: relative ? end - start : null };
}

/** The frame URL's search string back on the token's own range: no range params, every other kept. */
export function searchWithoutRange(current: string): string {
  const params = new URLSearchParams(current);
  for (const name of RANGE_PARAMS) params.delete(name);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
