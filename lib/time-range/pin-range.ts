import { rangeBounds } from "./resolve-range";
import type { ViewState } from "./search-params";

/**
 * The state for "Copy link": the same view pinned to the absolute window on screen at `now`, so the
 * recipient sees what the sender saw. Auto-refresh is switched off because a pinned window never moves.
 * The interval choice is kept as is: `auto` over a fixed window always resolves the same way.
 */
export function pinRange(state: ViewState, now: number): ViewState {
  const { start, end } = rangeBounds(state.range, now);
  return {
    ...state,
    range: { kind: "custom", from: { kind: "absolute", t: start }, to: { kind: "absolute", t: end } },
    refresh: "off",
  };
}
