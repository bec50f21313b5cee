import "server-only";
import type { CacheHealth } from "./redis-connection";

/**
 * What `/api/health` says: the process answers (so the status code is 200 while it can serve), and
 * whether its two services are well. The database is where sessions' revocations and embeds live: while
 * it is down, signed-in requests answer 503 (fail closed), so `status` is "degraded". Redis is only an
 * accelerator: while it is down answers come from S2 and limits are counted per replica, also "degraded".
 * Nothing here names a host, a URL or an error message: the route is public.
 */

export type DatabaseHealth = "ok" | "down";

export interface HealthReport {
  status: "ok" | "degraded";
  database: DatabaseHealth;
  cache: CacheHealth;
}

export interface HealthDeps {
  /** Resolves true when the database answers a trivial query. */
  pingDatabase(): Promise<boolean>;
  cacheHealth(): CacheHealth;
  /** A database that has not answered within this is reported down: health must stay fast. */
  timeoutMs?: number;
}

export const HEALTH_DATABASE_TIMEOUT_MS = 1_000;

export async function healthReport(deps: HealthDeps): Promise<HealthReport> {
  const database: DatabaseHealth = (await answersInTime(deps.pingDatabase, deps.timeoutMs)) ? "ok" : "down";
  const cache = deps.cacheHealth();
  const status = database === "ok" && cache !== "degraded" ? "ok" : "degraded";
  return { status, database, cache };
}

async function answersInTime(ping: () => Promise<boolean>, timeoutMs = HEALTH_DATABASE_TIMEOUT_MS) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([ping().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}
