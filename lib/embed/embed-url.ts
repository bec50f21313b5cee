import { apiPaths, type MetricsQuery } from "@/lib/api/contract";
import type { EmbedTarget } from "./embed-spec";

/** The embed page of a token; `parent` tells the frame which portal origin to talk to. */
export function embedPath(token: string, parent?: string): string {
  const query = parent === undefined ? "" : `?${new URLSearchParams({ parent }).toString()}`;
  return `/embed/${encodeURIComponent(token)}${query}`;
}

export function embedUrl(baseUrl: string, token: string, parent?: string): string {
  return new URL(embedPath(token, parent), baseUrl).toString();
}

/**
 * The embed data routes mirror `/api/metrics/...` path for path (same schemas, same encoding), so they
 * are built from the same path builders with the prefix swapped.
 */
const API_PREFIX = "/api/metrics";
const EMBED_API_PREFIX = "/api/embed/metrics";

export function embedMetricsPath(target: EmbedTarget, query: MetricsQuery<string>): string {
  const path =
    target.level === "account"
      ? apiPaths.accountMetrics(query)
      : target.level === "basin"
        ? apiPaths.basinMetrics(target.basin, query)
        : apiPaths.streamMetrics(target.basin, target.stream, query);
  return `${EMBED_API_PREFIX}${path.slice(API_PREFIX.length)}`;
}

/** The scheme of the frame's `Authorization` header: `Authorization: Embed <token>`. */
export const EMBED_AUTH_SCHEME = "Embed";
