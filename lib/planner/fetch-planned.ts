import type { ApiMetricSetResponse, MetricsQuery } from "@/lib/api/contract";
import type { AccountSet, BasinSet, MetricSetResponse, StreamSet } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { InFlight } from "@/lib/upstream/in-flight";
import { CACHEABLE_AFTER_SECONDS, type S2Client, tokenKey } from "@/lib/upstream/s2-client";
import { type MapOptions, mapWithConcurrency } from "./concurrency";
import { type FetchPlan, planMetricSetFetch } from "./fetch-interval";
import { reduceForScreen } from "./screen-reduction";
import { stitchMetricSets } from "./stitch";

export type PlannerTarget = { level: "account" | "basin" | "stream"; basin?: string; stream?: string };

/** The default cap on S2 calls in flight for one planned request (a view's set, or a breakdown). */
export const PLANNER_CONCURRENCY = 6;

export interface PlannedFetchOptions {
  signal?: AbortSignal;
  /** Calls in flight at most; PLANNER_CONCURRENCY by default. */
  concurrency?: number;
  slowDown?: MapOptions["slowDown"];
  /** Epoch seconds; the clock by default. */
  now?: number;
}

// Identical planned requests arriving together (tabs, embeds, a burst of users of one token) are planned,
// stitched and reduced once. Each window's call is also coalesced and cached by the S2 client below.
const inFlight = new InFlight<ApiMetricSetResponse>();

/**
 * Runs one view's metric-set request through the planner: any range up to 13 months, any level. The
 * plan (`planMetricSetFetch`) says which interval and which windows; the windows run with the concurrency
 * cap and slow down on S2's "slow down" answers (`mapWithConcurrency`); closed windows come from the S2
 * client's cache of closed windows when they can; the answers are stitched (`stitchMetricSets`) and
 * reduced to the screen (`reduceForScreen`). The answer has S2's shape plus the `reduced` fields.
 */
export function fetchPlannedMetricSet(
  s2: S2Client,
  token: string,
  target: PlannerTarget,
  query: MetricsQuery<string>,
  options: PlannedFetchOptions = {},
): Promise<ApiMetricSetResponse> {
  const run = () => runPlan(s2, token, target, query, options);
  if (options.signal !== undefined) return run();
  const { level, basin = "", stream = "" } = target;
  const { set, start, end, interval = "", points = "" } = query;
  const key = [tokenKey(token), level, basin, stream, set, start, end, interval, points].join("\0");
  return inFlight.run(key, run);
}

async function runPlan(
  s2: S2Client,
  token: string,
  target: PlannerTarget,
  query: MetricsQuery<string>,
  options: PlannedFetchOptions,
): Promise<ApiMetricSetResponse> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  // Cut where the S2 client's cache of closed windows can answer the next look (lib/planner/windows.ts).
  const plan = planMetricSetFetch(target.level, query, { now, settleSeconds: CACHEABLE_AFTER_SECONDS });
  const answers = await mapWithConcurrency(
    plan.windows,
    options.concurrency ?? PLANNER_CONCURRENCY,
    (window) => callWindow(s2, token, target, query.set, plan, window),
    // One call has no level above it: the S2 client already retried it within the request's time budget
    // (S2_REQUEST_TIMEOUT_MS), and starting it again would answer after that budget. Views made of several
    // calls slow down as a whole instead of failing.
    {
      signal: options.signal,
      slowDown: plan.windows.length === 1 ? { maxRetries: 0, ...options.slowDown } : options.slowDown,
    },
  );
  return reduceForScreen(stitchMetricSets(answers), { range: plan.range, now, points: query.points });
}

/** One S2 call: the set at the plan's interval over one window (the query types are S2's own). */
function callWindow(
  s2: S2Client,
  token: string,
  target: PlannerTarget,
  set: string,
  plan: FetchPlan,
  window: EpochRange,
): Promise<MetricSetResponse> {
  const call = {
    start: window.start,
    end: window.end,
    ...(plan.interval ? { interval: plan.interval } : {}),
  };
  if (target.level === "account") return s2.accountMetrics(token, { ...call, set: set as AccountSet });
  if (target.level === "basin")
    return s2.basinMetrics(token, target.basin ?? "", { ...call, set: set as BasinSet });
  return s2.streamMetrics(token, target.basin ?? "", target.stream ?? "", { ...call, set: set as StreamSet });
}
