import "server-only";
import { Redis } from "ioredis";

/**
 * One Redis connection per process, for the tiered cache, the rate limiter and revocation messages. Redis
 * is an accelerator, never a dependency: commands fail fast (short timeout, no offline queue) so a Redis
 * that is down or slow reads as a cache miss, the client keeps reconnecting on its own, and an outage is
 * logged once when it starts and once when it ends.
 */

export type CacheHealth = "ok" | "degraded" | "off";
export type CacheLog = (
  event: "redis_unavailable" | "redis_recovered",
  detail: Record<string, unknown>,
) => void;

export interface RedisConnection {
  /** For commands: the tiered cache, and rate-limiter-flexible's `storeClient`. */
  readonly client: Redis;
  /** "ok" while connected and answering; "degraded" from a failure until the next success. */
  health(): CacheHealth;
  /** Users of `client` report failed commands here, so that health and the outage log see them. */
  reportFailure(error: unknown): void;
  reportSuccess(): void;
  /** A further connection with the same settings, for SUBSCRIBE (which blocks a connection for anything else). */
  duplicate(): Redis;
  close(): Promise<void>;
}

export interface RedisConnectionOptions {
  commandTimeoutMs: number;
  log: CacheLog;
}

/** Reconnect forever: quickly at first, then every two seconds. */
export const reconnectDelayMs = (attempt: number) => Math.min(50 * 2 ** Math.min(attempt, 6), 2_000);

export function connectRedis(url: string, options: RedisConnectionOptions): RedisConnection {
  const settings = {
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: Math.max(options.commandTimeoutMs * 5, 1_000),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: reconnectDelayMs,
    lazyConnect: false,
  };
  const client = new Redis(url, settings);
  const extra: Redis[] = [];
  let failing = false;
  let outage = false;
  let closing = false;

  const reportFailure = (error: unknown) => {
    failing = true;
    if (outage || closing) return;
    outage = true;
    options.log("redis_unavailable", { error, note: "serving without the shared cache until it is back" });
  };
  const reportSuccess = () => {
    failing = false;
    if (!outage) return;
    outage = false;
    options.log("redis_recovered", {});
  };
  // Without a listener ioredis prints every reconnect failure; the outage is logged once instead.
  client.on("error", reportFailure);
  client.on("close", () => {
    reportFailure(new Error("connection closed"));
  });
  client.on("ready", reportSuccess);

  return {
    client,
    health: () => (client.status === "ready" && !failing ? "ok" : "degraded"),
    reportFailure,
    reportSuccess,
    duplicate() {
      const connection = new Redis(url, settings);
      connection.on("error", reportFailure);
      extra.push(connection);
      return connection;
    },
    async close() {
      closing = true;
      for (const connection of [client, ...extra]) connection.disconnect();
    },
  };
}
