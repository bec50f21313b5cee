import "server-only";
import type { MetricsQuery } from "@/lib/api/contract";
import type { Endpoint, RouteHandler } from "@/lib/api/handle";
import { readS2Token, requestCookies } from "@/lib/auth/session";
import { sharedRedis } from "@/lib/cache/shared-cache";
import { embedEnv } from "@/lib/config/server-env";
import { sharedS2Client } from "@/lib/upstream/shared-client";
import { isEmbeddingEnabled } from "./allowed-origins";
import { embedAllowlist, nowSeconds, publicOrigin } from "./embed-config";
import { createEmbedMetricsHandler } from "./embed-handler";
import type { EmbedTarget } from "./embed-spec";
import { publishEmbedRevocation, requireEmbedStore, withEmbedStore } from "./embed-store";
import { createEmbedsHandlers } from "./embeds-handlers";
import { type Minter, mintEmbed } from "./mint-embed";
import { createMintTokensHandler, createShareHandlers } from "./mint-handlers";
import { createMintLimit, type MintLimit } from "./mint-limit";
import type { EmbedMintRequest } from "./mint-request";

/**
 * The embed routes wired to the running server: the store (records, link signer, resolver), the
 * allowlist, the session cookie, and the process's shared S2 client and Redis. Nothing here reads the
 * environment or opens the database until a request comes, so `next build` can import the routes.
 */

/** An embed data route's GET. */
export function embedMetricsRoute<P, Q extends MetricsQuery<string>>(
  endpoint: Endpoint<P, Q>,
  targetOf: (path: P) => EmbedTarget,
): RouteHandler {
  return createEmbedMetricsHandler(endpoint, targetOf, {
    resolve: (token) => withEmbedStore((embeds) => embeds.resolver.resolve(token)),
    s2: sharedS2Client,
    nowSeconds,
  });
}

function mint(request: EmbedMintRequest, minter: Minter, http: Request) {
  return withEmbedStore((embeds) =>
    mintEmbed(request, minter, {
      records: embeds.records,
      links: embeds.links,
      allowlist: embedAllowlist(),
      baseUrl: publicOrigin(http),
      nowMs: Date.now(),
    }),
  );
}

const LIMIT = Symbol.for("s2-dashboard.embed.mint-limit");
const holder = globalThis as typeof globalThis & { [LIMIT]?: MintLimit };

/** The process's mint limit, shared through Redis when REDIS_URL is set. */
function mintLimit(owner: string) {
  holder[LIMIT] ??= createMintLimit(sharedRedis());
  return holder[LIMIT](owner);
}

const sessionToken = (request: Request) => readS2Token(requestCookies(request));
const ownerOf = async (token: string) => (await requireEmbedStore()).ownerLabel(token);

/** `POST /api/embed/tokens`. */
export function mintTokensRoute() {
  return createMintTokensHandler({
    mintSecret: () => embedEnv().mintSecret,
    configuredS2Token: () => embedEnv().s2Token,
    mint,
    limit: mintLimit,
  });
}

/** `GET` and `POST /api/embed/share`. */
export function shareRoutes() {
  return createShareHandlers({
    getSessionToken: sessionToken,
    ownerOf,
    shareConfig: () => {
      const allowlist = embedAllowlist();
      return { enabled: isEmbeddingEnabled(allowlist), allowedOrigins: [...allowlist.origins] };
    },
    mint,
    limit: mintLimit,
  });
}

/** `GET /api/embeds` and `DELETE /api/embeds/{id}`. */
export function embedsRoutes() {
  return createEmbedsHandlers({
    getSessionToken: sessionToken,
    ownerOf,
    records: async () => {
      const { records } = await requireEmbedStore();
      return {
        listByOwner: (owner) => withEmbedStore(() => records.listByOwner(owner)),
        revoke: (id, owner) => withEmbedStore(() => records.revoke(id, owner)),
      };
    },
    publishRevocation: publishEmbedRevocation,
    now: Date.now,
  });
}
