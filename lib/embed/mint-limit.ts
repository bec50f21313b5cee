import "server-only";
import type { RedisConnection } from "@/lib/cache/redis-connection";
import { createRateLimiter, type RateLimiter, type Reservation } from "@/lib/limits/rate-limiter";
import { logWarn } from "@/lib/log/log";
import { MINT_API_OWNER } from "./mint-embed";

/**
 * Minting is limited per owner (a signed-in user's owner label, or "mint-api"): each mint writes a record,
 * so a runaway script must not fill the database. A person clicking Share needs few; a portal backend
 * minting for its pages needs more, so "mint-api" gets a larger allowance. With Redis the counts are
 * shared by every replica; when Redis fails the replica counts on its own (with a warning) rather than
 * refusing or waving everything through.
 */

export const EMBED_MINT_WINDOW_SECONDS = 60;
export const EMBED_MINTS_PER_USER = 60;
export const EMBED_MINTS_PER_MINT_API = 600;

export type MintLimit = (owner: string) => Promise<Reservation>;

export function createMintLimit(redis: RedisConnection | null): MintLimit {
  const limiters = (store?: { kind: "redis"; client: RedisConnection["client"] }) => {
    const windowSeconds = EMBED_MINT_WINDOW_SECONDS;
    return {
      user: createRateLimiter({ name: "embed-mint", points: EMBED_MINTS_PER_USER, windowSeconds, store }),
      api: createRateLimiter({
        name: "embed-mint-api",
        points: EMBED_MINTS_PER_MINT_API,
        windowSeconds,
        store,
      }),
    };
  };
  const pick = (set: { user: RateLimiter; api: RateLimiter }, owner: string) =>
    owner === MINT_API_OWNER ? set.api : set.user;
  const local = limiters();
  if (redis === null) return (owner) => pick(local, owner).reserve(owner);
  const shared = limiters({ kind: "redis", client: redis.client });
  return async (owner) => {
    try {
      const reservation = await pick(shared, owner).reserve(owner);
      redis.reportSuccess();
      return reservation;
    } catch (error) {
      redis.reportFailure(error);
      logWarn("embed", "mint_limit_local", { reason: "redis unavailable" });
      return pick(local, owner).reserve(owner);
    }
  };
}
