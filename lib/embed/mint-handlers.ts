import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { ApiError } from "@/lib/api/api-error";
import { errorResponse, type HandlerDeps } from "@/lib/api/handle";
import { readJsonBody } from "@/lib/api/read-json-body";
import type { Reservation } from "@/lib/limits/rate-limiter";
import { MINT_API_OWNER, type Minter } from "./mint-embed";
import {
  apiMintRequestSchema,
  type EmbedMintRequest,
  type EmbedShareConfig,
  embedMintRequestSchema,
  type MintedEmbed,
} from "./mint-request";

/**
 * The two ways to mint, one lib function behind both (`mintEmbed`):
 * - `POST /api/embed/tokens`: portal backends, `Authorization: Bearer <EMBED_MINT_SECRET>`; the embed
 *   reads with the server-side S2 token EMBED_S2_TOKEN and is owned by "mint-api";
 * - `POST /api/embed/share`: the signed-in user's "Share -> Embed", for the session's own S2 token
 *   (and `GET` there tells the dialog whether embedding is configured).
 * Each owner may mint a limited number of embeds per window (`limit`).
 */

type Mint = (request: EmbedMintRequest, minter: Minter, http: Request) => Promise<MintedEmbed>;
/** Takes one mint from the owner's allowance. */
type MintLimit = (owner: string) => Promise<Reservation>;

const NO_STORE = { "cache-control": "private, no-store" };

/** A mint request is a few hundred bytes; anything near this is not one. */
export const MINT_BODY_MAX_BYTES = 16 * 1024;
const BODY_LIMIT = { maxBytes: MINT_BODY_MAX_BYTES };

export interface MintTokensDeps {
  mintSecret(): string | null;
  configuredS2Token(): string | null;
  mint: Mint;
  limit: MintLimit;
  log?: HandlerDeps["log"];
}

export function createMintTokensHandler(deps: MintTokensDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const { createdBy, ...body } = await readJsonBody(request, apiMintRequestSchema, BODY_LIMIT);
      checkMintSecret(request, deps.mintSecret());
      const credential = deps.configuredS2Token();
      if (credential === null) {
        throw new ApiError(
          403,
          "permission_denied",
          "No server-side S2 token is configured for embeds: set EMBED_S2_TOKEN.",
        );
      }
      await takeMint(deps.limit, MINT_API_OWNER);
      const minter: Minter = {
        owner: MINT_API_OWNER,
        credential,
        source: "mint-api",
        ...(createdBy === undefined ? {} : { createdBy }),
      };
      const minted = await deps.mint(body, minter, request);
      return Response.json(minted, { status: 201, headers: NO_STORE });
    } catch (error) {
      return errorResponse(error, deps.log);
    }
  };
}

function checkMintSecret(request: Request, secret: string | null): void {
  if (secret === null) {
    throw new ApiError(
      403,
      "permission_denied",
      "Minting embed tokens over the API is off on this dashboard: set EMBED_MINT_SECRET to turn it on.",
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1] || !sameSecret(match[1], secret)) {
    throw new ApiError(401, "authn", 'Send the mint secret as "Authorization: Bearer <EMBED_MINT_SECRET>".');
  }
}

/** Constant-time comparison; hashing first makes the lengths equal, as timingSafeEqual requires. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

async function takeMint(limit: MintLimit, owner: string): Promise<void> {
  const reservation = await limit(owner);
  if (!reservation.ok) {
    const wait = String(reservation.retryAfterSeconds);
    throw new ApiError(429, "rate_limited", `Too many embeds minted; try again in ${wait} s.`, wait);
  }
}

export interface ShareDeps {
  /** The S2 token of the request's session, or null when there is no valid session. */
  getSessionToken(request: Request): Promise<string | null>;
  /** The owner label of a signed-in user (`store.ownerLabel`). */
  ownerOf(token: string): Promise<string>;
  shareConfig(): EmbedShareConfig;
  mint: Mint;
  limit: MintLimit;
  log?: HandlerDeps["log"];
}

const SIGN_IN = "Sign in to share embeds";

export function createShareHandlers(deps: ShareDeps) {
  return {
    /** `GET`: whether embedding is configured, for the dialog. */
    config: async (request: Request): Promise<Response> => {
      try {
        if ((await deps.getSessionToken(request)) === null) throw new ApiError(401, "authn", SIGN_IN);
        return Response.json(deps.shareConfig(), { headers: NO_STORE });
      } catch (error) {
        return errorResponse(error, deps.log);
      }
    },
    /** `POST`: mint for the session's own S2 token. */
    create: async (request: Request): Promise<Response> => {
      try {
        const body = await readJsonBody(request, embedMintRequestSchema, BODY_LIMIT);
        const token = await deps.getSessionToken(request);
        if (token === null) throw new ApiError(401, "authn", SIGN_IN);
        const owner = await deps.ownerOf(token);
        await takeMint(deps.limit, owner);
        const minted = await deps.mint(body, { owner, credential: token, source: "share" }, request);
        return Response.json(minted, { status: 201, headers: NO_STORE });
      } catch (error) {
        return errorResponse(error, deps.log);
      }
    },
  };
}
