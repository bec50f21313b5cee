import "server-only";
import { ApiError } from "@/lib/api/api-error";
import { rangeProblem } from "@/lib/api/contract";
import { SETS_BY_LEVEL } from "@/lib/s2/contract";
import type { EmbedLinkSigner } from "@/lib/store/embed-link";
import type { EmbedRepository } from "@/lib/store/embed-repository";
import { type Allowlist, isEmbeddingEnabled, normaliseOrigin } from "./allowed-origins";
import type { EmbedSource, EmbedSpec } from "./embed-spec";
import { embedUrl } from "./embed-url";
import type { EmbedMintRequest, MintedEmbed } from "./mint-request";

/** Who mints, and with which S2 credential the embed will read (sealed by the store, never in the link). */
export interface Minter {
  /** The record's owner: `store.ownerLabel(token)` for a signed-in author, MINT_API_OWNER for the mint API. */
  readonly owner: string;
  readonly credential: string;
  readonly source: EmbedSource;
  readonly createdBy?: string;
}

/** The owner of every embed minted through `POST /api/embed/tokens`. */
export const MINT_API_OWNER = "mint-api";

export interface MintDeps {
  readonly records: Pick<EmbedRepository<EmbedSpec>, "create">;
  readonly links: Pick<EmbedLinkSigner, "newId" | "sign">;
  readonly allowlist: Allowlist;
  /** The dashboard's public origin, for the iframe `src`. */
  readonly baseUrl: string;
  /** Epoch ms. */
  readonly nowMs: number;
}

/**
 * The one way an embed comes to be, for the share dialog and for portal backends alike: a record in the
 * store, and a link that names it (`/embed/<id>.<signature>`). The request is already schema-valid; what
 * is checked here depends on configuration and on the clock.
 */
export async function mintEmbed(
  request: EmbedMintRequest,
  minter: Minter,
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
    const problem = rangeProblem(request.range.start, request.range.end, Math.floor(deps.nowMs / 1000));
    if (problem) throw new ApiError(422, "invalid", `range: ${problem}`);
  }
  const { target, chart, range, interval, rangeChange, theme, title, expiresInSeconds } = request;
  const spec: EmbedSpec = {
    kind: chart === undefined ? "view" : "chart",
    target,
    sets: chart === undefined ? [...SETS_BY_LEVEL[target.level]] : [chart],
    range,
    interval,
    rangeChange,
    theme,
    ...(title === undefined ? {} : { title }),
    source: minter.source,
    ...(minter.createdBy === undefined ? {} : { createdBy: minter.createdBy }),
  };
  const id = deps.links.newId();
  const expiresAtMs = deps.nowMs + expiresInSeconds * 1000;
  await deps.records.create(id, {
    owner: minter.owner,
    spec,
    credential: minter.credential,
    expiresAt: expiresAtMs,
  });
  const token = deps.links.sign(id);
  return { token, id, expiresAt: Math.floor(expiresAtMs / 1000), url: embedUrl(deps.baseUrl, token, parent) };
}

function allowedParent(input: string, allowlist: Allowlist): string {
  const parent = normaliseOrigin(input);
  if (!parent.ok) throw new ApiError(422, "invalid", `parent: ${parent.reason}`);
  if (!allowlist.origins.includes(parent.origin)) {
    throw new ApiError(422, "invalid", `parent: ${parent.origin} is not on EMBED_ALLOWED_ORIGINS`);
  }
  return parent.origin;
}
