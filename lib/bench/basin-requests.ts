import { apiPaths } from "@/lib/api/contract";
import { requestPointBudget } from "@/lib/chart-data/point-budget";
import { BASIN_SETS, INTERVAL_SECONDS } from "@/lib/s2/contract";
import { resolveViewWindow } from "@/lib/time-range/resolve-range";
import { DEFAULT_VIEW_STATE, type ViewState } from "@/lib/time-range/search-params";
import { setRequest } from "@/lib/time-range/set-interval";

/**
 * The API calls the basin view makes on load, built by the same functions the page uses: one per basin
 * metric set (interval adjusted per set, start aligned to it, point budget when the range needs one) and
 * the first page of the stream listing. The bench's simulated users send exactly these.
 */
export function basinViewRequests(
  basin: string,
  nowSeconds: number,
  view: Pick<ViewState, "range" | "interval"> = DEFAULT_VIEW_STATE,
): string[] {
  const resolved = resolveViewWindow(view, nowSeconds);
  if (!resolved.ok) throw new Error(`the bench's view cannot be resolved: ${resolved.reason}`);
  const metrics = BASIN_SETS.map((set) => {
    const { interval, range } = setRequest("basin", set, resolved);
    const points = requestPointBudget(range, INTERVAL_SECONDS[interval]);
    return apiPaths.basinMetrics(basin, {
      set,
      ...range,
      interval,
      ...(points === undefined ? {} : { points }),
    });
  });
  return [...metrics, apiPaths.streams(basin, { limit: 20 })];
}
