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
import { withPointBudget } from "./point-budget";

/** What each `/api/...` route accepts and the one S2 call it makes; `createHandler` does the rest. */

export const accountMetricsEndpoint = defineEndpoint({
  path: noPathSchema,
  query: accountMetricsQuerySchema,
  call: async (s2, token, { query }) => withPointBudget(await s2.accountMetrics(token, query), query),
});

export const basinMetricsEndpoint = defineEndpoint({
  path: basinPathSchema,
  query: basinMetricsQuerySchema,
  call: async (s2, token, { path, query }) =>
    withPointBudget(await s2.basinMetrics(token, path.basin, query), query),
});

export const streamMetricsEndpoint = defineEndpoint({
  path: streamPathSchema,
  query: streamMetricsQuerySchema,
  call: async (s2, token, { path, query }) =>
    withPointBudget(await s2.streamMetrics(token, path.basin, path.stream, query), query),
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
