import { fetchBasinBreakdown } from "@/lib/breakdown/basin-breakdown";
import { fetchStreamBreakdown } from "@/lib/breakdown/stream-breakdown";
import { serverEnv } from "@/lib/config/server-env";
import { basinBreakdownQuerySchema, streamBreakdownQuerySchema } from "./breakdown-contract";
import { basinPathSchema, noPathSchema } from "./contract";
import { defineEndpoint } from "./handle";

/** The breakdown routes: each one call into lib/breakdown, which fans out through the planner. */

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const basinBreakdownEndpoint = defineEndpoint({
  path: noPathSchema,
  query: basinBreakdownQuerySchema,
  call: (s2, token, { query }) => fetchBasinBreakdown(s2, token, query, { now: nowSeconds() }),
});

export const streamBreakdownEndpoint = defineEndpoint({
  path: basinPathSchema,
  query: streamBreakdownQuerySchema,
  call: (s2, token, { path, query }) =>
    fetchStreamBreakdown(s2, token, path.basin, query, {
      now: nowSeconds(),
      closedTtlMs: serverEnv().cacheTtlSeconds * 1000,
    }),
});
