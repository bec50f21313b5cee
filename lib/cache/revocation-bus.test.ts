import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { followRevocations } from "@/lib/store/follow-revocations";
import { openStore, type Store } from "@/lib/store/open-store";
import { ensureTestServices, startPrivateRedis } from "@/lib/testing/services";
import { connectRedis, type RedisConnection } from "./redis-connection";
import {
  createRevocationBus,
  REVOCATION_CHANNEL,
  type Revocation,
  type RevocationBus,
} from "./revocation-bus";

const quiet = () => {};

describe("revocation bus", () => {
  const closers: (() => unknown)[] = [];
  const connect = (url: string): RedisConnection => {
    const connection = connectRedis(url, { commandTimeoutMs: 200, log: quiet });
    closers.push(() => connection.close());
    return connection;
  };
  const bus = (connection: RedisConnection | null): RevocationBus => {
    const created = createRevocationBus(connection);
    closers.push(() => created.close());
    return created;
  };
  const heard = (on: RevocationBus) => {
    const messages: Revocation[] = [];
    on.onRevocation((revocation) => messages.push(revocation));
    return messages;
  };
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "revocation-bus-"));
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("delivers locally without Redis", async () => {
    const local = bus(null);
    const messages = heard(local);
    await local.ready();
    await local.publish({ kind: "embed", id: "e1" });
    expect(messages).toEqual([{ kind: "embed", id: "e1" }]);
  });

  it("tells every replica, ignoring malformed messages on the channel", async () => {
    const { redisUrl } = await ensureTestServices();
    const [a, b] = [bus(connect(redisUrl)), bus(connect(redisUrl))];
    await Promise.all([a.ready(), b.ready()]);
    const [onA, onB] = [heard(a), heard(b)];
    const raw = new Redis(redisUrl);
    closers.push(() => raw.disconnect());
    await raw.publish(REVOCATION_CHANNEL, "{nonsense");
    await raw.publish(REVOCATION_CHANNEL, JSON.stringify({ kind: "session" }));
    await a.publish({ kind: "session", jti: "j1" });
    await vi.waitFor(() => expect(onB).toContainEqual({ kind: "session", jti: "j1" }));
    // Messages on one channel arrive in order: nothing malformed got through before it.
    expect(onB).toEqual([{ kind: "session", jti: "j1" }]);
    expect(onA).toContainEqual({ kind: "session", jti: "j1" });
  });

  it("makes a sign-out on one replica visible on another at once", async () => {
    const { redisUrl } = await ensureTestServices();
    const env = {
      database: { kind: "sqlite" as const, file: path.join(dir, "dashboard.sqlite") },
      encryptionSecret: "s".repeat(40),
      redisUrl,
      redisCommandTimeoutMs: 200,
    };
    const stores: Store[] = [await openStore(env), await openStore(env)];
    closers.push(() => Promise.all(stores.map((store) => store.close())));
    const [first, second] = stores as [Store, Store];
    const [busA, busB] = [bus(connect(redisUrl)), bus(connect(redisUrl))];
    followRevocations(busA, first.sessions);
    followRevocations(busB, second.sessions);
    await Promise.all([busA.ready(), busB.ready()]);

    expect(await second.sessions.isRevoked("jti-x")).toBe(false);
    await first.sessions.revoke("jti-x", Date.now() + 60_000);
    await busA.publish({ kind: "session", jti: "jti-x" });
    await vi.waitFor(async () => expect(await second.sessions.isRevoked("jti-x")).toBe(true));
  });

  it("after missing messages while Redis was away, tells its listeners to forget everything", async () => {
    const server = await startPrivateRedis();
    const replica = bus(connect(server.url));
    await replica.ready();
    const messages = heard(replica);
    await server.stop();
    await server.start();
    await vi.waitFor(() => expect(messages).toContainEqual({ kind: "all" }), { timeout: 15_000 });

    const other = bus(connect(server.url));
    await other.ready();
    await other.publish({ kind: "embed", id: "after-reconnect" });
    await vi.waitFor(() => expect(messages).toContainEqual({ kind: "embed", id: "after-reconnect" }));
    await server.stop();
  });
});
