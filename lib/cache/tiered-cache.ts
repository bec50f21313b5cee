import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { CacheHealth, RedisConnection } from "./redis-connection";

/**
 * An in-process LRU in front of Redis. A hit in the process costs nothing; a miss asks Redis, so replicas
 * share what any of them fetched; Redis down or slow is a miss. Keys are hashed before they reach Redis, so
 * a key built from a token (even a hashed one) is never readable there. Values are JSON, and what comes
 * back from Redis is validated like anything else from outside the process.
 */

export interface TieredCache {
  get<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined>;
  /** Keeps `value` for `ttlMs` in both tiers. Callers give long lives to closed windows only. */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Removes the key from both tiers. */
  delete(key: string): Promise<void>;
  /** Removes the key from this process only (other replicas learn of a change through the revocation bus). */
  evictLocal(key: string): void;
  health(): CacheHealth;
}

export interface TieredCacheOptions {
  /** Prefix of the Redis keys, e.g. "s2m:metrics". */
  namespace: string;
  /** null: in-process only (no REDIS_URL). */
  redis: RedisConnection | null;
  maxEntries: number;
  /** Bound on the in-process tier, in bytes of JSON. */
  maxBytes?: number;
  now?: () => number;
}

const envelopeSchema = z.object({ expiresAt: z.number(), value: z.unknown() });
type Envelope = z.infer<typeof envelopeSchema>;

export function createTieredCache(options: TieredCacheOptions): TieredCache {
  const { redis } = options;
  const now = options.now ?? Date.now;
  const local = new LRUCache<string, { envelope: Envelope; bytes: number }>({
    max: Math.max(1, options.maxEntries),
    // lru-cache refuses a size bound of 0; with maxEntries 0 nothing is kept in the process anyway.
    maxSize: Math.max(1, options.maxBytes ?? 32 * 1024 * 1024),
    sizeCalculation: (entry) => Math.max(1, entry.bytes),
  });
  const redisKey = (key: string) =>
    `${options.namespace}:${createHash("sha256").update(key).digest("base64url")}`;
  const remember = (key: string, envelope: Envelope, bytes: number) => {
    const ttl = envelope.expiresAt - now();
    if (options.maxEntries <= 0 || ttl <= 0) return;
    local.set(key, { envelope, bytes }, { ttl });
  };

  async function fromRedis(key: string): Promise<{ envelope: Envelope; bytes: number } | null> {
    if (redis?.client.status !== "ready") return null;
    try {
      const text = await redis.client.get(redisKey(key));
      redis.reportSuccess();
      if (text === null) return null;
      const parsed = envelopeSchema.safeParse(JSON.parse(text));
      return parsed.success ? { envelope: parsed.data, bytes: text.length } : null;
    } catch (error) {
      // Down, slow (command timeout) or garbage: all of them are a miss.
      if (!(error instanceof SyntaxError)) redis.reportFailure(error);
      return null;
    }
  }

  return {
    async get(key, schema) {
      const at = now();
      const hit = local.get(key);
      if (hit && hit.envelope.expiresAt > at) {
        const value = schema.safeParse(hit.envelope.value);
        if (value.success) return value.data;
      }
      local.delete(key);
      const shared = await fromRedis(key);
      if (!shared || shared.envelope.expiresAt <= at) return undefined;
      const value = schema.safeParse(shared.envelope.value);
      if (!value.success) return undefined;
      remember(key, shared.envelope, shared.bytes);
      return value.data;
    },

    async set(key, value, ttlMs) {
      if (ttlMs <= 0) return;
      const envelope = { expiresAt: now() + ttlMs, value };
      const text = JSON.stringify(envelope);
      remember(key, envelope, text.length);
      if (redis?.client.status !== "ready") return;
      try {
        await redis.client.set(redisKey(key), text, "PX", Math.ceil(ttlMs));
        redis.reportSuccess();
      } catch (error) {
        redis.reportFailure(error);
      }
    },

    async delete(key) {
      local.delete(key);
      if (redis?.client.status !== "ready") return;
      try {
        await redis.client.del(redisKey(key));
        redis.reportSuccess();
      } catch (error) {
        redis.reportFailure(error);
      }
    },

    evictLocal(key) {
      local.delete(key);
    },

    health: () => (redis ? redis.health() : "off"),
  };
}
