import "server-only";
import { sharedRedis } from "@/lib/cache/shared-cache";
import { serverEnv } from "@/lib/config/server-env";
import { createS2CallBudget } from "@/lib/limits/s2-call-budget";
import { createS2Client, type S2Client } from "./s2-client";

const CACHE_MAX_BYTES = 32 * 1024 * 1024;

// The cache and the in-flight map only work if every request of the process goes through one client.
// Next may bundle this module into several route chunks, so the instance is kept on globalThis. With
// REDIS_URL the cache of closed windows and the per-token call budget are shared by every replica.
const INSTANCE = Symbol.for("s2-dashboard.upstream.shared-client");
const holder = globalThis as typeof globalThis & { [INSTANCE]?: S2Client };

export function sharedS2Client(): S2Client {
  if (!holder[INSTANCE]) {
    const env = serverEnv();
    const redis = sharedRedis();
    holder[INSTANCE] = createS2Client({
      accountEndpoint: env.accountEndpoint,
      basinEndpoint: env.basinEndpoint,
      timeoutMs: env.requestTimeoutMs,
      cache: {
        maxEntries: env.cacheMaxEntries,
        maxBytes: CACHE_MAX_BYTES,
        ttlMs: env.cacheTtlSeconds * 1000,
        redis,
      },
      budget: createS2CallBudget(
        env.s2CallsPerMinute,
        redis ? { kind: "redis", client: redis.client } : { kind: "memory" },
      ),
    });
  }
  return holder[INSTANCE];
}
