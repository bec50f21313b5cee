import type { ApiMetricSetResponse, MetricsQuery } from "@/lib/api/contract";
import { withPointBudget } from "@/lib/api/point-budget";
import type { AccountSet, BasinSet, StreamSet } from "@/lib/s2/contract";
import type { S2Client } from "@/lib/upstream/s2-client";

/**
 * The query planner's public API: everything between the routes and S2 that turns one view's request into
 * several S2 calls. (First, thin version: one call per request; windows, stitching and interval choice
 * follow behind the same signatures.)
 */

export type PlannerTarget = { level: "account" | "basin" | "stream"; basin?: string; stream?: string };

/** The default cap on S2 calls in flight for one planned request (a view or a breakdown). */
export const PLANNER_CONCURRENCY = 6;

/** Runs one view's metric-set request through the planner: any range up to 13 months, any level. */
export async function fetchPlannedMetricSet(
  s2: S2Client,
  token: string,
  target: PlannerTarget,
  query: MetricsQuery<string>,
  _options?: { signal?: AbortSignal },
): Promise<ApiMetricSetResponse> {
  const { set, start, end, interval } = query;
  const call = { start, end, ...(interval ? { interval } : {}) };
  const response =
    target.level === "account"
      ? await s2.accountMetrics(token, { ...call, set: set as AccountSet })
      : target.level === "basin"
        ? await s2.basinMetrics(token, target.basin ?? "", { ...call, set: set as BasinSet })
        : await s2.streamMetrics(token, target.basin ?? "", target.stream ?? "", {
            ...call,
            set: set as StreamSet,
          });
  return withPointBudget(response, query);
}

/**
 * Runs fn over items with at most `limit` in flight; slows down (halves concurrency, backs off) when fn
 * throws a retryable S2 error (429 / 502 hot_server / 503), resumes after; rejects on other errors.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  options?: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < items.length) {
      options?.signal?.throwIfAborted();
      const index = next++;
      results[index] = await fn(items[index] as T, index);
      options?.onProgress?.(++done, items.length);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
