import "server-only";
import type { MetricsQuery } from "@/lib/api/contract";
import type { Endpoint, RouteHandler } from "@/lib/api/handle";
import { readS2Token, requestCookies } from "@/lib/auth/session";
import { embedEnv } from "@/lib/config/server-env";
import { sharedS2Client } from "@/lib/upstream/shared-client";
import { isEmbeddingEnabled } from "./allowed-origins";
import type { EmbedCredential, EmbedMintRequest, EmbedTarget } from "./contract";
import { embedAllowlist, nowSeconds, openConfiguredEmbedToken, publicOrigin } from "./embed-config";
import { createEmbedMetricsHandler } from "./embed-handler";
import { requireEmbedKey } from "./embed-key";
import { mintEmbed } from "./mint-embed";
import { createMintTokensHandler, createShareHandlers } from "./mint-handlers";

/**
 * The embed routes wired to the running server: the configured key, allowlist and deny-list, the
 * session cookie, and the process's shared S2 client. Nothing here reads the environment until a
 * request comes, so `next build` can import the routes without any secret.
 */

/** An embed data route's GET. */
export function embedMetricsRoute<P, Q extends MetricsQuery<string>>(
  endpoint: Endpoint<P, Q>,
  targetOf: (path: P) => EmbedTarget,
): RouteHandler {
  return createEmbedMetricsHandler(endpoint, targetOf, {
    open: openConfiguredEmbedToken,
    s2: sharedS2Client,
    configuredS2Token: () => embedEnv().s2Token,
    nowSeconds,
  });
}

function mint(request: EmbedMintRequest, credential: EmbedCredential, http: Request) {
  return mintEmbed(request, credential, {
    key: requireEmbedKey(embedEnv()),
    allowlist: embedAllowlist(),
    baseUrl: publicOrigin(http),
    nowSeconds: nowSeconds(),
  });
}

/** `POST /api/embed/tokens`. */
export function mintTokensRoute() {
  return createMintTokensHandler({
    mintSecret: () => embedEnv().mintSecret,
    configuredS2Token: () => embedEnv().s2Token,
    mint,
  });
}

/** `GET` and `POST /api/embed/share`. */
export function shareRoutes() {
  return createShareHandlers({
    getSessionToken: (request) => readS2Token(requestCookies(request)),
    shareConfig: () => {
      const allowlist = embedAllowlist();
      return { enabled: isEmbeddingEnabled(allowlist), allowedOrigins: [...allowlist.origins] };
    },
    mint,
  });
}
