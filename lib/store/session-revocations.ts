import "server-only";
import type { Kysely } from "kysely";
import { LRUCache } from "lru-cache";
import type { DashboardDatabase } from "./schema";

/**
 * Revoked sessions, by the session JWT's `jti`. Sign-out inserts one; every authenticated request asks,
 * so answers are cached in the process for a moment. A revocation made on another replica reaches this one
 * through the cache's revocation channel (which calls `forget`), or at the latest when the entry expires.
 */

export const DEFAULT_REVOCATION_CACHE_MS = 5_000;

export interface SessionRevocations {
  /** `expiresAt` (epoch ms) is when the session would have ended anyway; the row is kept until then. */
  revoke(jti: string, expiresAt: number): Promise<void>;
  isRevoked(jti: string): Promise<boolean>;
  /** Drops this process's cached answer for a jti. */
  forget(jti: string): void;
  /** Drops every cached answer (after missing revocation messages while cut off from Redis). */
  forgetAll(): void;
  /** Deletes rows whose session has expired anyway. Returns how many. */
  purgeExpired(): Promise<number>;
}

export interface SessionRevocationsOptions {
  db: Kysely<DashboardDatabase>;
  cacheMs?: number;
  cacheMaxEntries?: number;
  now?: () => number;
}

export function createSessionRevocations(options: SessionRevocationsOptions): SessionRevocations {
  const { db } = options;
  const now = options.now ?? Date.now;
  // A revoked answer never turns back, so only "not revoked" really needs the short life; both get it, which
  // keeps the cache bounded by time as well as by count.
  const cache = new LRUCache<string, boolean>({
    max: options.cacheMaxEntries ?? 10_000,
    ttl: options.cacheMs ?? DEFAULT_REVOCATION_CACHE_MS,
  });
  return {
    async revoke(jti, expiresAt) {
      await db
        .insertInto("revoked_sessions")
        .values({ jti, expires_at: expiresAt, revoked_at: now() })
        .onConflict((oc) => oc.column("jti").doNothing())
        .execute();
      cache.set(jti, true);
    },
    async isRevoked(jti) {
      const cached = cache.get(jti);
      if (cached !== undefined) return cached;
      const row = await db
        .selectFrom("revoked_sessions")
        .select("jti")
        .where("jti", "=", jti)
        .executeTakeFirst();
      const revoked = row !== undefined;
      cache.set(jti, revoked);
      return revoked;
    },
    forget(jti) {
      cache.delete(jti);
    },
    forgetAll() {
      cache.clear();
    },
    async purgeExpired() {
      const result = await db
        .deleteFrom("revoked_sessions")
        .where("expires_at", "<", now())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
