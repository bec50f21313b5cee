import { afterAll, describe, expect, it, vi } from "vitest";
import { connectRedis, type RedisConnection } from "@/lib/cache/redis-connection";
import { ensureTestServices, startPrivateRedis } from "@/lib/testing/services";
import { createRateLimiter } from "./rate-limiter";

describe("createRateLimiter (memory)", () => {
  it("allows `points` reservations per key, then refuses with a retry time within the window", async () => {
    const limiter = createRateLimiter({ name: "test-a", points: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) expect((await limiter.reserve("client-1")).ok).toBe(true);
    const refused = await limiter.reserve("client-1");
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it("keeps each key's allowance its own", async () => {
    const limiter = createRateLimiter({ name: "test-b", points: 1, windowSeconds: 60 });
    expect((await limiter.reserve("a")).ok).toBe(true);
    expect((await limiter.reserve("a")).ok).toBe(false);
    expect((await limiter.reserve("b")).ok).toBe(true);
  });

  it("gives a point back once, however often it is asked to", async () => {
    const limiter = createRateLimiter({ name: "test-c", points: 2, windowSeconds: 60 });
    const first = await limiter.reserve("k");
    if (!first.ok) throw new Error("expected a reservation");
    await first.giveBack();
    await first.giveBack();
    expect((await limiter.reserve("k")).ok).toBe(true);
    expect((await limiter.reserve("k")).ok).toBe(true);
    expect((await limiter.reserve("k")).ok).toBe(false);
  });
});

describe("createRateLimiter (Redis)", () => {
  const closers: (() => unknown)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });
  const connect = (url: string): RedisConnection => {
    const connection = connectRedis(url, { commandTimeoutMs: 200, log: () => {} });
    closers.push(() => connection.close());
    return connection;
  };
  const name = `test-redis-${process.pid}-${Date.now()}`;

  it("shares one allowance between two replicas", async () => {
    const { redisUrl } = await ensureTestServices();
    const [a, b] = [connect(redisUrl), connect(redisUrl)];
    await vi.waitFor(() => expect([a.health(), b.health()]).toEqual(["ok", "ok"]));
    const spec = { name, points: 2, windowSeconds: 60 };
    const onA = createRateLimiter({ ...spec, store: { kind: "redis", client: a.client } });
    const onB = createRateLimiter({ ...spec, store: { kind: "redis", client: b.client } });
    expect((await onA.reserve("client")).ok).toBe(true);
    expect((await onB.reserve("client")).ok).toBe(true);
    expect(await onA.reserve("client")).toMatchObject({ ok: false });
    expect(await onB.reserve("client")).toMatchObject({ ok: false });
  });

  it("counts in memory while Redis is down, rather than failing", async () => {
    const server = await startPrivateRedis();
    closers.push(() => server.stop());
    const connection = connect(server.url);
    await vi.waitFor(() => expect(connection.health()).toBe("ok"));
    const limiter = createRateLimiter({
      name,
      points: 2,
      windowSeconds: 60,
      store: { kind: "redis", client: connection.client },
    });
    await server.stop();
    await vi.waitFor(() => expect(connection.client.status).not.toBe("ready"));
    expect((await limiter.reserve("offline")).ok).toBe(true);
    expect((await limiter.reserve("offline")).ok).toBe(true);
    expect(await limiter.reserve("offline")).toMatchObject({ ok: false });
  });
});
