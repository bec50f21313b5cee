import { createHash, randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { connectRedis, type RedisConnection } from "@/lib/cache/redis-connection";
import { createS2CallBudget } from "@/lib/limits/s2-call-budget";
import { type FakeUpstream, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import { ensureTestServices, startPrivateRedis } from "@/lib/testing/services";
import { createS2Client, type S2ClientConfig, tokenKey } from "./s2-client";

/**
 * The cache of closed windows shared through a real redis-server, and the per-token call budget. Upstream
 * calls are counted by the fake S2 itself (what reached it), never by the client's own counters.
 */

const NOW = Math.floor(Date.now() / 1000);
const GAUGE = { values: [{ gauge: { name: "storage", unit: "bytes", values: [[3_600, 42]] } }] };
const closedWindow = {
  set: "storage" as const,
  start: NOW - 3 * 3_600,
  end: NOW - 2 * 3_600,
  interval: "hour" as const,
};
const openWindow = { set: "storage" as const, start: NOW - 3_600, end: NOW, interval: "hour" as const };

let upstream: FakeUpstream;
const closers: (() => unknown)[] = [];

function replica(redis: RedisConnection | null, overrides: Partial<S2ClientConfig> = {}) {
  return createS2Client({
    accountEndpoint: upstream.url,
    basinEndpoint: upstream.url,
    timeoutMs: 2_000,
    retry: { baseDelayMs: 5, maxDelayMs: 10 },
    cache: { maxEntries: 100, maxBytes: 1_000_000, ttlMs: 60_000, redis },
    log: () => {},
    ...overrides,
  });
}

function connect(url: string): RedisConnection {
  const connection = connectRedis(url, { commandTimeoutMs: 200, log: () => {} });
  closers.push(() => connection.close());
  return connection;
}

async function ready(...connections: RedisConnection[]) {
  await vi.waitFor(() => expect(connections.map((c) => c.health())).toEqual(connections.map(() => "ok")));
}

beforeEach(async () => {
  upstream = await startFakeUpstream((_, res) => sendJson(res, 200, GAUGE));
});
afterEach(async () => {
  await upstream.close();
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe("S2 client cache shared through Redis", () => {
  it("serves a closed window fetched by one replica to another with no upstream call", async () => {
    const { redisUrl } = await ensureTestServices();
    const [a, b] = [connect(redisUrl), connect(redisUrl)];
    await ready(a, b);
    const token = `tok-${randomUUID()}`;
    await expect(replica(a).basinMetrics(token, "prod-events", closedWindow)).resolves.toEqual(GAUGE);
    expect(upstream.requests).toHaveLength(1);
    await expect(replica(b).basinMetrics(token, "prod-events", closedWindow)).resolves.toEqual(GAUGE);
    expect(upstream.requests).toHaveLength(1);
    // Another token never gets it, and an open window is never shared.
    await replica(b).basinMetrics(`tok-${randomUUID()}`, "prod-events", closedWindow);
    await replica(a).basinMetrics(token, "prod-events", openWindow);
    await replica(b).basinMetrics(token, "prod-events", openWindow);
    expect(upstream.requests).toHaveLength(4);
  });

  it("keeps no token in Redis, and refetches a value there that does not match the contract", async () => {
    const { redisUrl } = await ensureTestServices();
    const connection = connect(redisUrl);
    await ready(connection);
    const raw = new Redis(redisUrl);
    closers.push(() => raw.disconnect());
    const token = `tok-${randomUUID()}`;
    await replica(connection).basinMetrics(token, "prod-events", closedWindow);
    const url = `${upstream.url}/v1/metrics/prod-events?set=storage&start=${closedWindow.start}&end=${closedWindow.end}&interval=hour`;
    const key = `s2-dashboard:s2:${createHash("sha256")
      .update(`${tokenKey(token)} ${url} `)
      .digest("base64url")}`;
    const stored = await raw.get(key);
    expect(stored).toContain('"storage"');
    const keys = await raw.keys("s2-dashboard:s2:*");
    expect(keys.join(" ")).not.toContain(token);
    expect(keys.join(" ")).not.toContain(tokenKey(token));
    // A value of the wrong shape (another version, or tampering) is a miss, not an answer.
    await raw.set(
      key,
      JSON.stringify({ expiresAt: Date.now() + 60_000, value: { values: "nonsense" } }),
      "PX",
      60_000,
    );
    await expect(replica(connection).basinMetrics(token, "prod-events", closedWindow)).resolves.toEqual(
      GAUGE,
    );
    expect(upstream.requests).toHaveLength(2);
  });

  it("still answers, from S2, while Redis is down, and reports the cache degraded", async () => {
    const server = await startPrivateRedis();
    closers.push(() => server.stop());
    const connection = connect(server.url);
    await ready(connection);
    await server.stop();
    await vi.waitFor(() => expect(connection.health()).toBe("degraded"));
    const token = `tok-${randomUUID()}`;
    await expect(replica(connection).basinMetrics(token, "prod-events", closedWindow)).resolves.toEqual(
      GAUGE,
    );
    await expect(replica(connection).basinMetrics(token, "prod-events", closedWindow)).resolves.toEqual(
      GAUGE,
    );
    expect(upstream.requests).toHaveLength(2);
  });

  it("coalesces identical concurrent requests into one upstream call", async () => {
    const { redisUrl } = await ensureTestServices();
    const connection = connect(redisUrl);
    await ready(connection);
    const s2 = replica(connection);
    const token = `tok-${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => s2.basinMetrics(token, "prod-events", closedWindow)),
    );
    expect(answers).toEqual(Array.from({ length: 5 }, () => GAUGE));
    expect(upstream.requests).toHaveLength(1);
  });
});

describe("S2 call budget per token", () => {
  it("answers 429 rate_limited with Retry-After past the budget, counting real upstream calls only", async () => {
    const s2 = replica(null, { budget: createS2CallBudget(2) });
    const token = `tok-${randomUUID()}`;
    await s2.basinMetrics(token, "prod-events", closedWindow);
    // Cache hits cost nothing.
    for (let i = 0; i < 5; i++) await s2.basinMetrics(token, "prod-events", closedWindow);
    await s2.basinMetrics(token, "prod-events", openWindow);
    const refusal = await s2.basinMetrics(token, "prod-events", openWindow).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 429, code: "rate_limited" });
    expect(Number((refusal as ApiError).retryAfter)).toBeGreaterThan(0);
    expect(upstream.requests).toHaveLength(2);
    // Another token has its own budget.
    await expect(s2.basinMetrics(`tok-${randomUUID()}`, "prod-events", openWindow)).resolves.toEqual(GAUGE);
  });

  it("is one budget for every replica when kept in Redis", async () => {
    const { redisUrl } = await ensureTestServices();
    const [a, b] = [connect(redisUrl), connect(redisUrl)];
    await ready(a, b);
    const token = `tok-${randomUUID()}`;
    const onA = replica(a, { budget: createS2CallBudget(1, { kind: "redis", client: a.client }) });
    const onB = replica(b, { budget: createS2CallBudget(1, { kind: "redis", client: b.client }) });
    await onA.basinMetrics(token, "prod-events", openWindow);
    await expect(onB.basinMetrics(token, "prod-events", openWindow)).rejects.toMatchObject({ status: 429 });
  });
});
