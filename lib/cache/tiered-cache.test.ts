import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ensureTestServices, startPrivateRedis } from "@/lib/testing/services";
import { type CacheLog, connectRedis, type RedisConnection } from "./redis-connection";
import { createTieredCache } from "./tiered-cache";

const points = z.array(z.number());
const TOKEN_KEY = "token-hash-abc points orders 0-60";
let clock = 1_700_000_000_000;
const now = () => clock;
const quiet: CacheLog = () => {};

describe("tiered cache without Redis", () => {
  it("hits, misses and expires in the process, and reports itself off", async () => {
    const cache = createTieredCache({ namespace: "t", redis: null, maxEntries: 10, now });
    expect(await cache.get(TOKEN_KEY, points)).toBeUndefined();
    await cache.set(TOKEN_KEY, [1, 2, 3], 60_000);
    expect(await cache.get(TOKEN_KEY, points)).toEqual([1, 2, 3]);
    expect(await cache.get(TOKEN_KEY, z.string())).toBeUndefined();
    clock += 60_000;
    expect(await cache.get(TOKEN_KEY, points)).toBeUndefined();
    expect(cache.health()).toBe("off");
  });

  it("accepts a bound of zero entries and zero bytes, keeping nothing", async () => {
    const cache = createTieredCache({ namespace: "t", redis: null, maxEntries: 0, maxBytes: 0, now });
    await cache.set(TOKEN_KEY, [1], 60_000);
    expect(await cache.get(TOKEN_KEY, points)).toBeUndefined();
  });

  it("keeps no more than its bound", async () => {
    const cache = createTieredCache({ namespace: "t", redis: null, maxEntries: 2, now });
    for (const key of ["a", "b", "c"]) await cache.set(key, [1], 60_000);
    expect(await cache.get("a", points)).toBeUndefined();
    expect(await cache.get("c", points)).toEqual([1]);
  });
});

describe("tiered cache through Redis", () => {
  const connections: RedisConnection[] = [];
  let raw: Redis;
  const namespace = `test:${process.pid}:${Date.now()}`;
  const connect = (url: string, log: CacheLog = quiet) => {
    const connection = connectRedis(url, { commandTimeoutMs: 200, log });
    connections.push(connection);
    return connection;
  };

  beforeAll(async () => {
    const { redisUrl } = await ensureTestServices();
    raw = new Redis(redisUrl);
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    raw?.disconnect();
  });

  it("shares values between two replicas, under hashed keys, for their time to live", async () => {
    const { redisUrl } = await ensureTestServices();
    const [a, b] = [connect(redisUrl), connect(redisUrl)];
    await vi.waitFor(() => expect([a.health(), b.health()]).toEqual(["ok", "ok"]));
    const first = createTieredCache({ namespace, redis: a, maxEntries: 10, now });
    const second = createTieredCache({ namespace, redis: b, maxEntries: 10, now });

    await first.set(TOKEN_KEY, [4, 5], 30_000);
    expect(await second.get(TOKEN_KEY, points)).toEqual([4, 5]);
    const keys = await raw.keys(`${namespace}:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain("token");
    expect(await raw.pttl(keys[0] ?? "")).toBeGreaterThan(0);

    // Gone from Redis, still in the second replica's own tier until it expires there too.
    await raw.del(keys[0] ?? "");
    expect(await second.get(TOKEN_KEY, points)).toEqual([4, 5]);
    clock += 30_000;
    expect(await second.get(TOKEN_KEY, points)).toBeUndefined();

    await first.set("k2", [7], 30_000);
    await first.delete("k2");
    expect(await second.get("k2", points)).toBeUndefined();
  });

  it("treats what Redis holds as untrusted: malformed or mistyped values are misses", async () => {
    const { redisUrl } = await ensureTestServices();
    const connection = connect(redisUrl);
    await vi.waitFor(() => expect(connection.health()).toBe("ok"));
    const writer = createTieredCache({ namespace, redis: connection, maxEntries: 10, now });
    const reader = createTieredCache({ namespace, redis: connection, maxEntries: 10, now });
    await writer.set("typed", ["not", "numbers"], 30_000);
    expect(await reader.get("typed", points)).toBeUndefined();
    const before = new Set(await raw.keys(`${namespace}:*`));
    await writer.set("garbled", [1], 30_000);
    const key = (await raw.keys(`${namespace}:*`)).find((found) => !before.has(found)) ?? "";
    await raw.set(key, "{not json");
    expect(await reader.get("garbled", points)).toBeUndefined();
    expect(connection.health()).toBe("ok");
  });

  it("serves misses while Redis is down, logs the outage once, and recovers when Redis is back", async () => {
    const server = await startPrivateRedis();
    const events: string[] = [];
    const connection = connect(server.url, (event) => events.push(event));
    await vi.waitFor(() => expect(connection.health()).toBe("ok"));
    const writer = createTieredCache({ namespace, redis: connection, maxEntries: 10, now });
    await writer.set("before", [1], 60_000);

    await server.stop();
    await vi.waitFor(() => expect(connection.health()).toBe("degraded"));
    const reader = createTieredCache({ namespace, redis: connection, maxEntries: 10, now });
    for (let i = 0; i < 3; i++) expect(await reader.get("before", points)).toBeUndefined();
    await reader.set("during", [2], 60_000);
    expect(await reader.get("during", points)).toEqual([2]);
    expect(events).toEqual(["redis_unavailable"]);
    expect(reader.health()).toBe("degraded");

    await server.start();
    await vi.waitFor(() => expect(connection.health()).toBe("ok"), { timeout: 15_000, interval: 50 });
    expect(events).toEqual(["redis_unavailable", "redis_recovered"]);
    await reader.set("after", [3], 60_000);
    const fresh = createTieredCache({ namespace, redis: connection, maxEntries: 10, now });
    expect(await fresh.get("after", points)).toEqual([3]);
    await server.stop();
  });

  it("treats a Redis too slow to answer as a miss", async () => {
    const server = await startPrivateRedis();
    const connection = connect(server.url);
    await vi.waitFor(() => expect(connection.health()).toBe("ok"));
    const writer = createTieredCache({ namespace, redis: connection, maxEntries: 10, now });
    await writer.set("slow", [1], 60_000);
    const pauser = new Redis(server.url);
    // Five times the 200 ms command timeout: a command sent meanwhile must give up rather than wait.
    await pauser.call("CLIENT", "PAUSE", "1000", "ALL");
    const reader = createTieredCache({ namespace, redis: connection, maxEntries: 10, now });
    expect(await reader.get("slow", points)).toBeUndefined();
    expect(connection.health()).toBe("degraded");
    pauser.disconnect();
    await vi.waitFor(async () => expect(await reader.get("slow", points)).toEqual([1]));
    expect(connection.health()).toBe("ok");
    await server.stop();
  });
});
