import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Revocation } from "@/lib/cache/revocation-bus";
import { sharedRevocationBus } from "@/lib/cache/shared-cache";
import { logError } from "@/lib/log/log";
import { getStore } from "@/lib/store/open-store";
import { sessionClaimsSchema } from "./session";

/**
 * Sign-out ends the session everywhere, not just in this browser: the session's id is recorded as revoked
 * in the dashboard's database (kept until the session would have ended anyway) and announced on the
 * revocation bus, so every replica drops its cached "not revoked" answer at once. next-auth calls this
 * from `events.signOut`, after its CSRF check, with the decoded session JWT.
 */

export interface SignOutDeps {
  revoke(sid: string, expiresAtMs: number): Promise<void>;
  publish(revocation: Revocation): Promise<void>;
}

const storeDeps: SignOutDeps = {
  revoke: async (sid, expiresAtMs) => (await getStore()).sessions.revoke(sid, expiresAtMs),
  publish: (revocation) => sharedRevocationBus().publish(revocation),
};

/**
 * Revokes the session `token` stands for. A JWT without a session id cannot be read as a session anyway
 * (lib/auth/session.ts), so there is nothing to revoke. Throws when the database refuses the record: the
 * caller must not tell the user they are signed out everywhere when they are not.
 */
export async function revokeSession(
  token: unknown,
  sessionMaxAgeSeconds: number,
  deps: SignOutDeps = storeDeps,
): Promise<void> {
  const claims = sessionClaimsSchema.safeParse(token);
  if (!claims.success) return;
  const { sid, signedInAt } = claims.data;
  await deps.revoke(sid, (signedInAt + sessionMaxAgeSeconds) * 1000);
  // Best effort: a replica that misses the message still reads the database within its 5 s answer cache.
  await deps.publish({ kind: "session", jti: sid });
}

/**
 * next-auth swallows an error thrown by `events.signOut` (it logs it and clears the cookie anyway). The
 * route runs its handler inside `withSignOutAnswer`, and a failed revocation turns the answer into a 503,
 * so the user learns that a copy of the cookie may still work.
 */
interface SignOutOutcome {
  failed: boolean;
}
const outcomes = new AsyncLocalStorage<SignOutOutcome>();

export async function revokeOnSignOut(token: unknown, sessionMaxAgeSeconds: number): Promise<void> {
  try {
    await revokeSession(token, sessionMaxAgeSeconds);
  } catch (error) {
    logError("auth", "sign_out_revocation_failed", {
      error: error instanceof Error ? error.message : String(error),
    });
    const outcome = outcomes.getStore();
    if (outcome) outcome.failed = true;
  }
}

export async function withSignOutAnswer(handle: () => Promise<Response>): Promise<Response> {
  const outcome: SignOutOutcome = { failed: false };
  const response = await outcomes.run(outcome, handle);
  if (!outcome.failed) return response;
  // The cookie is still cleared in this browser (next-auth's Set-Cookie headers are kept).
  const headers = new Headers({ "cache-control": "no-store" });
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return Response.json(
    {
      code: "unavailable",
      message: "Signed out in this browser, but the session could not be ended everywhere; try again shortly",
    },
    { status: 503, headers },
  );
}
