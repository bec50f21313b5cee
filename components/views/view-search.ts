import { serialiseViewParams, type ViewState } from "@/lib/time-range/search-params";

/** The search string that keeps a view's window when following a link to another view. */
export function viewSearch(state: ViewState): string {
  const query = serialiseViewParams(state).toString();
  return query ? `?${query}` : "";
}
