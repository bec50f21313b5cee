import "server-only";
import type { z } from "zod";
import { expireSessionCookies, readS2Token, requestCookies } from "@/lib/auth/session";
import { serverEnv } from "@/lib/config/server-env";
import { exportSets, prefetchFirst } from "@/lib/export/export-sets";
import { exportStream } from "@/lib/export/export-stream";
import { attachmentDisposition, exportFileName } from "@/lib/export/file-name";
import { fetchPlannedMetricSet, type PlannerTarget } from "@/lib/planner";
import type { S2Client } from "@/lib/upstream/s2-client";
import { sharedS2Client } from "@/lib/upstream/shared-client";
import { ApiError } from "./api-error";
import { type BasinPath, basinPathSchema, noPathSchema, type StreamPath, streamPathSchema } from "./contract";
import {
  accountExportQuerySchema,
  basinExportQuerySchema,
  type ExportQuery,
  streamExportQuerySchema,
} from "./export-contract";
import {
  errorResponse,
  type HandlerContext,
  type HandlerDeps,
  parseInput,
  queryRecord,
  type RouteHandler,
} from "./handle";

/** What each `/api/export/...` route accepts and which target it exports. */
export interface ExportEndpoint<P> {
  path: z.ZodType<P, Record<string, unknown>>;
  query: z.ZodType<ExportQuery, Record<string, string>>;
  target(path: P): PlannerTarget;
}

export const accountExportEndpoint: ExportEndpoint<Record<string, never>> = {
  path: noPathSchema,
  query: accountExportQuerySchema,
  target: () => ({ level: "account" }),
};

export const basinExportEndpoint: ExportEndpoint<BasinPath> = {
  path: basinPathSchema,
  query: basinExportQuerySchema,
  target: ({ basin }) => ({ level: "basin", basin }),
};

export const streamExportEndpoint: ExportEndpoint<StreamPath> = {
  path: streamPathSchema,
  query: streamExportQuerySchema,
  target: ({ basin, stream }) => ({ level: "stream", basin, stream }),
};

/**
 * The export as a streamed download. Each set goes through the query planner (any range it serves, cut
 * into S2's 30-day calls, cached and budgeted by the shared S2 client) and is serialised as the reader
 * pulls. The first set is fetched before answering, so a refused token or an S2 error still gets its
 * own status and `{code, message}` instead of a broken 200.
 */
export async function exportResponse(
  s2: S2Client,
  token: string,
  target: PlannerTarget,
  query: ExportQuery,
  signal?: AbortSignal,
): Promise<Response> {
  const request = { ...target, sets: query.sets, range: query, interval: query.interval, zone: query.zone };
  const fetchSet = ({
    set,
    range,
    interval,
  }: {
    set: string;
    range: { start: number; end: number };
    interval: typeof query.interval;
  }) => fetchPlannedMetricSet(s2, token, target, { set, ...range, interval }, { signal });
  const sets = await prefetchFirst(exportSets(request, fetchSet, () => Math.floor(Date.now() / 1000)));
  const fileName = exportFileName({
    ...(target.basin === undefined ? {} : { basin: target.basin }),
    ...(target.stream === undefined ? {} : { stream: target.stream }),
    set: query.set ?? "all-sets",
    range: query,
    interval: query.interval,
    format: query.format,
  });
  return new Response(exportStream(query.format, sets), {
    headers: {
      "cache-control": "private, no-store",
      "content-type": query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": attachmentDisposition(fileName),
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * An export route reads as every `/api/...` handler does (`createHandler`): validate path and query ->
 * session -> one call into `lib/` -> respond; only its answer is a stream rather than JSON.
 */
export function createExportHandler<P>(endpoint: ExportEndpoint<P>, deps: HandlerDeps): RouteHandler {
  return async (request: Request, context?: HandlerContext) => {
    try {
      const path = parseInput(endpoint.path, (await context?.params) ?? {}, "bad_path");
      const query = parseInput(endpoint.query, queryRecord(new URL(request.url).searchParams), "bad_query");
      const token = await deps.getSessionToken(request);
      if (token === null) throw new ApiError(401, "authn", "Sign in to see S2 metrics");
      return await exportResponse(deps.s2(), token, endpoint.target(path), query, request.signal);
    } catch (error) {
      const response = errorResponse(error, deps.log);
      if (response.status === 401) await deps.endSession?.(request, response);
      return response;
    }
  };
}

/** An export route's GET, wired to the real session cookie and the process's shared S2 client. */
export function exportRouteHandler<P>(endpoint: ExportEndpoint<P>): RouteHandler {
  return createExportHandler(endpoint, {
    getSessionToken: (request) => readS2Token(requestCookies(request)),
    s2: sharedS2Client,
    endSession: (request, response) => expireSessionCookies(request, response, serverEnv().secureCookies),
  });
}
