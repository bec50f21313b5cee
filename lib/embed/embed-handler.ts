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
import type { EmbedCredential, EmbedTarget } from "./contract";
import { EMBED_TOKEN_FAILURE_MESSAGES, type EmbedTokenVerdict } from "./embed-token";
import { EMBED_AUTH_SCHEME } from "./embed-url";

/**
 * The embed frame's data routes (`/api/embed/metrics/...`): the dashboard's own metrics endpoints, same
 * schemas and same S2 client, but authorised by the embed token alone and only for what it names. Reads
 * in the house order: validate path and query -> embed token -> authorise against its claims -> one S2
 * call -> respond. No cookie is read: a frame in a portal has none, and must not use one if it had.
 */

export interface EmbedHandlerDeps {
  open(token: string): Promise<EmbedTokenVerdict>;
  s2(): S2Client;
  /** The server-side S2 token behind server-minted embeds (EMBED_S2_TOKEN), or null when unset. */
  configuredS2Token(): string | null;
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
      const verdict = await deps.open(embedTokenFrom(request));
      if (!verdict.ok) throw new ApiError(401, "authn", EMBED_TOKEN_FAILURE_MESSAGES[verdict.reason]);
      const { claims } = verdict;
      const wanted = {
        target: targetOf(path),
        set: query.set,
        range: { start: query.start, end: query.end },
      };
      const denial = embedRequestDenial(claims, wanted, deps.nowSeconds());
      if (denial !== null) throw new ApiError(403, "permission_denied", denial);
      const body = await endpoint.call(deps.s2(), s2TokenFor(claims.s2, deps), { path, query });
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

function s2TokenFor(credential: EmbedCredential, deps: EmbedHandlerDeps): string {
  if (credential.source === "token") return credential.token;
  const configured = deps.configuredS2Token();
  // Unsetting EMBED_S2_TOKEN is how an operator cuts off every server-minted embed at once.
  if (configured === null) {
    throw new ApiError(401, "authn", "This embed's S2 access is no longer configured on the dashboard.");
  }
  return configured;
}
