import "server-only";
import { serverEnv } from "@/lib/config/server-env";
import { logWarn } from "@/lib/log/log";
import { type CacheHealth, type CacheLog, connectRedis, type RedisConnection } from "./redis-connection";
import { createRevocationBus, type RevocationBus } from "./revocation-bus";

/**
 * This process's Redis connection and revocation bus, made on first use from REDIS_URL. Kept on globalThis
 * because Next may bundle this module into several route chunks and `next dev` reloads it.
 */

const KEY = Symbol.for("s2-dashboard.cache.shared");
interface Shared {
  redis: RedisConnection | null;
  bus: RevocationBus;
}
const holder = globalThis as typeof globalThis & { [KEY]?: Shared };

// lib/log has no "cache" scope yet; the event names say what it is about.
const log: CacheLog = (event, detail) => logWarn("upstream", `cache.${event}`, detail);

function shared(): Shared {
  if (!holder[KEY]) {
    const env = serverEnv().store;
    const redis = env.redisUrl
      ? connectRedis(env.redisUrl, { commandTimeoutMs: env.redisCommandTimeoutMs, log })
      : null;
    holder[KEY] = { redis, bus: createRevocationBus(redis) };
  }
  return holder[KEY];
}

/** The Redis connection, or null when REDIS_URL is unset. Hand `.client` to rate-limiter-flexible. */
export function sharedRedis(): RedisConnection | null {
  return shared().redis;
}

export function sharedRevocationBus(): RevocationBus {
  return shared().bus;
}

/** For /api/health: "off" without REDIS_URL, "degraded" while Redis is unreachable or failing. */
export function cacheHealth(): CacheHealth {
  return shared().redis?.health() ?? "off";
}
