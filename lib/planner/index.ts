/**
 * The query planner: everything between the routes and S2 that turns one view's request into S2 calls.
 * Pure core (windows, interval choice, stitching, screen reduction, the slow-down scheduler) around a thin
 * I/O shell (`fetch-planned.ts`) over lib/upstream's S2 client, which caches closed windows and keeps
 * the per-token call budget. The breakdowns, the export and the month estimate fan out with `mapWithConcurrency`.
 */
export {
  DEFAULT_SLOW_DOWN,
  isSlowDownError,
  type MapOptions,
  mapWithConcurrency,
  type SlowDownPolicy,
} from "./concurrency";
export { barsForPoints, coarserFetchInterval, isAccumulationSet, planMetricSetFetch } from "./fetch-interval";
export {
  fetchPlannedMetricSet,
  PLANNER_CONCURRENCY,
  type PlannedFetchOptions,
  type PlannerTarget,
} from "./fetch-planned";
export { reduceForScreen } from "./screen-reduction";
export { stitchMetricSets } from "./stitch";
export {
  SETTLED_GRID_SECONDS,
  SETTLED_SPLIT_MIN_SECONDS,
  type SplitOptions,
  splitIntoWindows,
  WINDOW_GRID_SECONDS,
} from "./windows";
