import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openStore } from "@/lib/store/open-store";
import { startPrivateRedis } from "@/lib/testing/services";
import { healthReport } from "./health-report";
import { connectRedis, type RedisConnection } from "./redis-connection";

const dir = mkdtempSync(path.join(tmpdir(), "health-"));
const closers: (() => unknown)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  rmSync(dir, { recursive: true, force: true });
});

async function sqliteStore() {
  const store = await openStore({
    database: { kind: "sqlite", file: path.join(dir, `health-${Math.random()}.sqlite`) },
    encryptionSecret: "s".repeat(40),
    redisUrl: null,
    redisCommandTimeoutMs: 200,
  });
  closers.push(() => store.close().catch(() => {}));
  return store;
}

function connect(url: string): RedisConnection {
  const connection = connectRedis(url, { commandTimeoutMs: 200, log: () => {} });
  closers.push(() => connection.close());
  return connection;
}

describe("healthReport", () => {
  it("is ok with a database and no Redis configured", async () => {
    const store = await sqliteStore();
    await expect(
      healthReport({ pingDatabase: () => store.ping(), cacheHealth: () => "off" }),
    ).resolves.toEqual({
      status: "ok",
      database: "ok",
      cache: "off",
    });
  });

  it("says the database is down when it does not answer, or not in time", async () => {
    const store = await sqliteStore();
    await store.close();
    await expect(
      healthReport({ pingDatabase: () => store.ping(), cacheHealth: () => "off" }),
    ).resolves.toEqual({
      status: "degraded",
      database: "down",
      cache: "off",
    });
    const never = () => new Promise<boolean>(() => {});
    await expect(
      healthReport({ pingDatabase: never, cacheHealth: () => "off", timeoutMs: 50 }),
    ).resolves.toMatchObject({ database: "down" });
  });

  it("follows Redis: ok while it answers, degraded while it is stopped", async () => {
    const store = await sqliteStore();
    const report = () =>
      healthReport({ pingDatabase: () => store.ping(), cacheHealth: () => private_.health() });
    const server = await startPrivateRedis();
    closers.push(() => server.stop());
    const private_ = connect(server.url);
    await vi.waitFor(async () =>
      expect(await report()).toEqual({ status: "ok", database: "ok", cache: "ok" }),
    );
    await server.stop();
    await vi.waitFor(async () =>
      expect(await report()).toEqual({ status: "degraded", database: "ok", cache: "degraded" }),
    );
  });
});
