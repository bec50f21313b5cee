import { apiPaths } from "@/lib/api/contract";
import { requestPointBudget } from "@/lib/chart-data/point-budget";
import { BASIN_SETS, INTERVAL_SECONDS } from "@/lib/s2/contract";
import { resolveRange } from "@/lib/time-range/resolve-range";
import { DEFAULT_VIEW_STATE, type ViewState } from "@/lib/time-range/search-params";
import { intervalForSet } from "@/lib/time-range/set-interval";

/**
 * The API calls the basin view makes on load, built by the same functions the page uses: one per basin
 * metric set (interval adjusted per set, point budget when the range needs one) and the first page of
 * the stream listing. The bench's simulated users send exactly these.
 */
export function basinViewRequests(
  basin: string,
  nowSeconds: number,
  view: Pick<ViewState, "range" | "interval"> = DEFAULT_VIEW_STATE,
): string[] {
  const resolved = resolveRange(view, nowSeconds);
  if (!resolved.ok) throw new Error(`the bench's view cannot be resolved: ${resolved.reason}`);
  const { range, interval, intervalWasAuto } = resolved;
  const metrics = BASIN_SETS.map((set) => {
    const setInterval = intervalForSet("basin", set, interval, intervalWasAuto).interval;
    const points = requestPointBudget(range, INTERVAL_SECONDS[setInterval]);
    return apiPaths.basinMetrics(basin, {
      set,
      ...range,
      interval: setInterval,
      ...(points === undefined ? {} : { points }),
    });
  });
  return [...metrics, apiPaths.streams(basin, { limit: 20 })];
}
