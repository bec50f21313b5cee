import "server-only";
import type { RedisConnection } from "@/lib/cache/redis-connection";
import { createRateLimiter, type Reservation } from "@/lib/limits/rate-limiter";
import { logWarn } from "@/lib/log/log";

/**
 * Minting is limited per owner (a signed-in user's owner label, or "mint-api"): each mint writes a record,
 * so a runaway script must not fill the database. With Redis the counts are shared by every replica; when
 * Redis fails the replica counts on its own (with a warning) rather than refusing or waving through.
 */

export const EMBED_MINTS_PER_WINDOW = 60;
export const EMBED_MINT_WINDOW_SECONDS = 60;

export type MintLimit = (owner: string) => Promise<Reservation>;

export function createMintLimit(redis: RedisConnection | null): MintLimit {
  const spec = {
    name: "embed-mint",
    points: EMBED_MINTS_PER_WINDOW,
    windowSeconds: EMBED_MINT_WINDOW_SECONDS,
  };
  const local = createRateLimiter(spec);
  if (redis === null) return (owner) => local.reserve(owner);
  const shared = createRateLimiter({ ...spec, store: { kind: "redis", client: redis.client } });
  return async (owner) => {
    try {
      const reservation = await shared.reserve(owner);
      redis.reportSuccess();
      return reservation;
    } catch (error) {
      redis.reportFailure(error);
      logWarn("embed", "mint_limit_local", { reason: "redis unavailable" });
      return local.reserve(owner);
    }
  };
}
