import { fetchPlannedMetricSet } from "@/lib/planner";
import {
  accountMetricsQuerySchema,
  basinMetricsQuerySchema,
  basinPathSchema,
  listBasinsQuerySchema,
  listStreamsQuerySchema,
  noPathSchema,
  streamMetricsQuerySchema,
  streamPathSchema,
} from "./contract";
import { defineEndpoint } from "./handle";

/**
 * What each `/api/...` route accepts and what it asks S2; `createHandler` does the rest. A metrics route
 * goes through the query planner (lib/planner): any range up to 13 months, cut into S2's 30-day calls,
 * fetched no finer than the chart shows, answered in S2's shape. A listing is one S2 call.
 */

export const accountMetricsEndpoint = defineEndpoint({
  path: noPathSchema,
  query: accountMetricsQuerySchema,
  call: (s2, token, { query }) => fetchPlannedMetricSet(s2, token, { level: "account" }, query),
});

export const basinMetricsEndpoint = defineEndpoint({
  path: basinPathSchema,
  query: basinMetricsQuerySchema,
  call: (s2, token, { path, query }) =>
    fetchPlannedMetricSet(s2, token, { level: "basin", basin: path.basin }, query),
});

export const streamMetricsEndpoint = defineEndpoint({
  path: streamPathSchema,
  query: streamMetricsQuerySchema,
  call: (s2, token, { path, query }) =>
    fetchPlannedMetricSet(s2, token, { level: "stream", basin: path.basin, stream: path.stream }, query),
});

export const listBasinsEndpoint = defineEndpoint({
  path: noPathSchema,
  query: listBasinsQuerySchema,
  call: (s2, token, { query }) => s2.listBasins(token, query),
});

export const listStreamsEndpoint = defineEndpoint({
  path: basinPathSchema,
  query: listStreamsQuerySchema,
  call: (s2, token, { path, query }) => s2.listStreams(token, path.basin, query),
});
