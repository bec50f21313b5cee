import "server-only";
import { createHash } from "node:crypto";
import { createRateLimiter, type RateLimitStore } from "./rate-limiter";

/**
 * A per-token budget of real S2 calls per minute (S2_CALLS_PER_MINUTE), shared by every replica when Redis
 * is configured. Each metrics call is billed by S2 and counts against the account's own limits, so one
 * dashboard user (or one embed) polling hard must not spend the account's allowance. Only calls that
 * reach S2 are counted: answers from the cache, and requests that joined an identical call in flight, cost
 * nothing. Keyed by a hash of the token, never the token.
 */

export interface S2CallBudget {
  /** Takes one call from the token's budget; `retryAfterSeconds` when it is spent. */
  take(token: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
}

export function createS2CallBudget(callsPerMinute: number, store?: RateLimitStore): S2CallBudget | null {
  if (callsPerMinute <= 0) return null;
  const limiter = createRateLimiter({ name: "s2-calls", points: callsPerMinute, windowSeconds: 60, store });
  return {
    async take(token) {
      const key = createHash("sha256").update("s2-call-budget\0").update(token).digest("base64url");
      const reservation = await limiter.reserve(key);
      return reservation.ok ? { ok: true } : { ok: false, retryAfterSeconds: reservation.retryAfterSeconds };
    },
  };
}
