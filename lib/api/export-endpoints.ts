import "server-only";
import { exportSets, prefetchFirst } from "@/lib/export/export-sets";
import { exportStream } from "@/lib/export/export-stream";
import { attachmentDisposition, exportFileName } from "@/lib/export/file-name";
import { fetchPlannedMetricSet, type PlannerTarget } from "@/lib/planner";
import type { S2Client } from "@/lib/upstream/s2-client";
import { basinPathSchema, noPathSchema, streamPathSchema } from "./contract";
import {
  accountExportQuerySchema,
  basinExportQuerySchema,
  type ExportQuery,
  streamExportQuerySchema,
} from "./export-contract";
import { defineEndpoint } from "./handle";

// The export routes are endpoints like the others (`createHandler`: validate -> session -> one call ->
// respond); their call answers a streamed `Response`, which the handler sends as is.

export const accountExportEndpoint = defineEndpoint({
  path: noPathSchema,
  query: accountExportQuerySchema,
  call: (s2, token, { query, signal }) => exportResponse(s2, token, { level: "account" }, query, signal),
});

export const basinExportEndpoint = defineEndpoint({
  path: basinPathSchema,
  query: basinExportQuerySchema,
  call: (s2, token, { path: { basin }, query, signal }) =>
    exportResponse(s2, token, { level: "basin", basin }, query, signal),
});

export const streamExportEndpoint = defineEndpoint({
  path: streamPathSchema,
  query: streamExportQuerySchema,
  call: (s2, token, { path: { basin, stream }, query, signal }) =>
    exportResponse(s2, token, { level: "stream", basin, stream }, query, signal),
});

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
