import "server-only";
import { ApiError } from "@/lib/api/api-error";
import { rangeProblem } from "@/lib/api/contract";
import { SETS_BY_LEVEL } from "@/lib/s2/contract";
import { type Allowlist, isEmbeddingEnabled, normaliseOrigin } from "./allowed-origins";
import {
  EMBED_TOKEN_PURPOSE,
  EMBED_TOKEN_VERSION,
  type EmbedCredential,
  type EmbedMintRequest,
  type MintedEmbed,
} from "./contract";
import type { EmbedKey } from "./embed-key";
import { openEmbedToken, sealEmbedToken, type UnsealedClaims } from "./embed-token";
import { embedUrl } from "./embed-url";

export interface MintDeps {
  readonly key: EmbedKey;
  readonly allowlist: Allowlist;
  /** The dashboard's public origin, for the iframe `src`. */
  readonly baseUrl: string;
  /** Epoch seconds. */
  readonly nowSeconds: number;
}

/**
 * The one way an embed token comes to be, for the share dialog (the user's own S2 token) and for portal
 * backends (the configured server-side token) alike. The request is already schema-valid; what is
 * checked here depends on configuration and on the clock.
 */
export async function mintEmbed(
  request: EmbedMintRequest,
  credential: EmbedCredential,
  deps: MintDeps,
): Promise<MintedEmbed> {
  if (!isEmbeddingEnabled(deps.allowlist)) {
    throw new ApiError(
      403,
      "embedding_disabled",
      "Embedding is not configured on this dashboard: EMBED_ALLOWED_ORIGINS names no portal that may frame it.",
    );
  }
  const parent = request.parent === undefined ? undefined : allowedParent(request.parent, deps.allowlist);
  if (request.range.kind === "fixed") {
    const problem = rangeProblem(request.range.start, request.range.end, deps.nowSeconds);
    if (problem) throw new ApiError(422, "invalid", `range: ${problem}`);
  }
  const { target, chart, range, interval, rangeChange, theme, title, expiresInSeconds } = request;
  const claims: UnsealedClaims = {
    v: EMBED_TOKEN_VERSION,
    purpose: EMBED_TOKEN_PURPOSE,
    kind: chart === undefined ? "view" : "chart",
    target,
    sets: chart === undefined ? [...SETS_BY_LEVEL[target.level]] : [chart],
    range,
    interval,
    rangeChange,
    theme,
    ...(title === undefined ? {} : { title }),
    s2: credential,
  };
  const token = await sealEmbedToken(claims, deps.key, expiresInSeconds);
  // Read back what sealing added (the random id and the expiry), from the token itself.
  const opened = await openEmbedToken(token, { key: deps.key, revokedIds: new Set(), nowSeconds: 0 });
  if (!opened.ok) throw new Error(`a freshly minted embed token does not open: ${opened.reason}`);
  return {
    token,
    id: opened.claims.jti,
    expiresAt: opened.claims.exp,
    url: embedUrl(deps.baseUrl, token, parent),
  };
}

function allowedParent(input: string, allowlist: Allowlist): string {
  const parent = normaliseOrigin(input);
  if (!parent.ok) throw new ApiError(422, "invalid", `parent: ${parent.reason}`);
  if (!allowlist.origins.includes(parent.origin)) {
    throw new ApiError(422, "invalid", `parent: ${parent.origin} is not on EMBED_ALLOWED_ORIGINS`);
  }
  return parent.origin;
}
