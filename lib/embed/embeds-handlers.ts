import "server-only";
import { ApiError } from "@/lib/api/api-error";
import { errorResponse, type HandlerContext, type HandlerDeps, parseInput } from "@/lib/api/handle";
import type { EmbedRepository } from "@/lib/store/embed-repository";
import type { EmbedSpec } from "./embed-spec";
import { embedSummary } from "./embed-summary";
import { type EmbedList, embedPathSchema, type RevokedEmbed } from "./embeds-contract";

/**
 * The Embeds page's API, in the house order: validate -> session -> authorise (a user sees and revokes
 * only the embeds they made: the owner is part of every query) -> store -> respond.
 * - `GET /api/embeds`: the signed-in user's embeds, newest first;
 * - `DELETE /api/embeds/{id}`: revoke one; every replica hears it on the revocation bus and stops serving
 *   it within a second. Revoking twice is fine; someone else's (or no) embed is 404, never "forbidden",
 *   so ids cannot be probed.
 */

export interface EmbedsDeps {
  /** The S2 token of the request's session, or null when there is no valid session. */
  getSessionToken(request: Request): Promise<string | null>;
  ownerOf(token: string): Promise<string>;
  records(): Promise<Pick<EmbedRepository<EmbedSpec>, "listByOwner" | "revoke">>;
  publishRevocation(id: string): Promise<void>;
  /** Epoch ms. */
  now(): number;
  log?: HandlerDeps["log"];
}

const NO_STORE = { "cache-control": "private, no-store" };
const SIGN_IN = "Sign in to see your embeds";

async function ownerOfSession(request: Request, deps: EmbedsDeps): Promise<string> {
  const token = await deps.getSessionToken(request);
  if (token === null) throw new ApiError(401, "authn", SIGN_IN);
  return deps.ownerOf(token);
}

export function createEmbedsHandlers(deps: EmbedsDeps) {
  return {
    list: async (request: Request): Promise<Response> => {
      try {
        const owner = await ownerOfSession(request, deps);
        const records = await (await deps.records()).listByOwner(owner);
        const now = deps.now();
        const body: EmbedList = { embeds: records.map((record) => embedSummary(record, now)) };
        return Response.json(body, { headers: NO_STORE });
      } catch (error) {
        return errorResponse(error, deps.log);
      }
    },
    revoke: async (request: Request, context?: HandlerContext): Promise<Response> => {
      try {
        const { id } = parseInput(embedPathSchema, (await context?.params) ?? {}, "bad_path");
        const owner = await ownerOfSession(request, deps);
        const revoked = await (await deps.records()).revoke(id, owner);
        if (!revoked) throw new ApiError(404, "not_found", "No embed of yours has this id.");
        await deps.publishRevocation(id);
        const body: RevokedEmbed = { id, revoked: true };
        return Response.json(body, { headers: NO_STORE });
      } catch (error) {
        return errorResponse(error, deps.log);
      }
    },
  };
}
