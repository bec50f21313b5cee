import "server-only";
import type Redis from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

/**
 * Rate limiters, built on rate-limiter-flexible. Memory by default (one process); a Redis store shares the
 * counts between replicas, so a client cannot multiply its allowance by the number of servers. Redis is
 * an accelerator, never a dependency: while it is down or slow each replica counts in its own memory
 * (rate-limiter-flexible's `insuranceLimiter`), so limits loosen to one allowance per replica rather than
 * failing every request.
 */

export type RateLimitStore = { kind: "memory" } | { kind: "redis"; client: Redis };

export interface RateLimiterSpec {
  /** Keeps the counts of different limiters apart in a shared store. */
  name: string;
  /** Reservations allowed per key within a window. */
  points: number;
  windowSeconds: number;
  store?: RateLimitStore;
}

export type Reservation =
  | {
      ok: true /** Returns the point, e.g. when the attempt turned out to be a success. */;
      giveBack(): Promise<void>;
    }
  | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one point for `key`. Rejects only when the store itself fails. */
  reserve(key: string): Promise<Reservation>;
}

function backend(spec: RateLimiterSpec): RateLimiterAbstract {
  const options = {
    keyPrefix: `s2-dashboard:${spec.name}`,
    points: spec.points,
    duration: spec.windowSeconds,
  };
  const store = spec.store ?? { kind: "memory" };
  return store.kind === "redis"
    ? new RateLimiterRedis({
        ...options,
        storeClient: store.client,
        // Not ready (reconnecting) goes to the insurance at once instead of waiting for a timeout.
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options);
}

export function createRateLimiter(spec: RateLimiterSpec): RateLimiter {
  const limiter = backend(spec);
  return {
    async reserve(key) {
      try {
        await limiter.consume(key, 1);
      } catch (refusal) {
        // rate-limiter-flexible refuses with a RateLimiterRes; anything else is a store failure.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
      let given = false;
      return {
        ok: true,
        giveBack: async () => {
          if (given) return;
          given = true;
          await limiter.reward(key, 1);
        },
      };
    },
  };
}
