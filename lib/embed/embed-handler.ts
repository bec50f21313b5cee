import { ApiError } from "@/lib/api/api-error";
import type { MetricsQuery } from "@/lib/api/contract";
import {
  type Endpoint,
  errorResponse,
  type HandlerDeps,
  parseInput,
  queryRecord,
  type RouteHandler,
} from "@/lib/api/handle";
import type { S2Client } from "@/lib/upstream/s2-client";
import { embedRequestDenial } from "./authorise";
import type { EmbedTarget } from "./embed-spec";
import { EMBED_AUTH_SCHEME } from "./embed-url";
import { EMBED_LINK_FAILURE_MESSAGES, type EmbedVerdict } from "./resolve-embed";

/**
 * The embed frame's data routes (`/api/embed/metrics/...`): the dashboard's own metrics endpoints, same
 * schemas and same S2 client, but authorised by the embed link alone and only for what its record names.
 * Reads in the house order: validate path and query -> resolve the link -> authorise against the record's
 * spec -> one S2 call with the record's credential -> respond. No cookie is read: a frame in a portal has
 * none, and must not use one if it had. A data call never counts as a view (the frame load did).
 */

export interface EmbedHandlerDeps {
  resolve(token: string): Promise<EmbedVerdict>;
  s2(): S2Client;
  nowSeconds(): number;
  log?: HandlerDeps["log"];
}

const NO_STORE = { "cache-control": "private, no-store" };

export function createEmbedMetricsHandler<P, Q extends MetricsQuery<string>>(
  endpoint: Endpoint<P, Q>,
  targetOf: (path: P) => EmbedTarget,
  deps: EmbedHandlerDeps,
): RouteHandler {
  return async (request, context) => {
    try {
      const path = parseInput(endpoint.path, (await context?.params) ?? {}, "bad_path");
      const query = parseInput(endpoint.query, queryRecord(new URL(request.url).searchParams), "bad_query");
      const verdict = await deps.resolve(embedTokenFrom(request));
      if (!verdict.ok) throw new ApiError(401, "authn", EMBED_LINK_FAILURE_MESSAGES[verdict.reason]);
      const wanted = {
        target: targetOf(path),
        set: query.set,
        range: { start: query.start, end: query.end },
      };
      const denial = embedRequestDenial(verdict.embed, wanted, deps.nowSeconds());
      if (denial !== null) throw new ApiError(403, "permission_denied", denial);
      const body = await endpoint.call(deps.s2(), verdict.credential, { path, query });
      return Response.json(body, { headers: NO_STORE });
    } catch (error) {
      return errorResponse(error, deps.log);
    }
  };
}

/** The token of `Authorization: Embed <token>`; 401 without one. */
export function embedTokenFrom(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== EMBED_AUTH_SCHEME.toLowerCase() || !token || rest.length > 0) {
    throw new ApiError(
      401,
      "authn",
      `Send the embed token as "Authorization: ${EMBED_AUTH_SCHEME} <token>".`,
    );
  }
  return token;
}
