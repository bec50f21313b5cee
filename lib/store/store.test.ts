import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDatabase } from "@/lib/testing/services";
import { createDatabase, migrateToLatest } from "./database";
import { migrations } from "./migrations";
import { openStore, type Store } from "./open-store";
import type { StoreEnv } from "./store-env";

/** The same behaviour, checked on a SQLite file and on a real PostgreSQL (lib/testing/services.ts). */

const SECRET = "s".repeat(40);
const TOKEN = "s2-secret-token-0123456789abcdef";
const specSchema = z.object({
  basin: z.string(),
  stream: z.string().optional(),
  theme: z.enum(["light", "dark"]),
});
const spec = { basin: "orders", theme: "dark" as const };

const backends = [
  {
    kind: "sqlite" as const,
    async location(): Promise<{ env: StoreEnv; cleanup(): Promise<void> }> {
      const dir = mkdtempSync(path.join(tmpdir(), "store-test-"));
      return {
        env: env({ kind: "sqlite", file: path.join(dir, "dashboard.sqlite") }),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    kind: "postgres" as const,
    async location(): Promise<{ env: StoreEnv; cleanup(): Promise<void> }> {
      const database = await createTestDatabase("store_test");
      return { env: env({ kind: "postgres", url: database.url }), cleanup: database.drop };
    },
  },
];

function env(database: StoreEnv["database"]): StoreEnv {
  return { database, encryptionSecret: SECRET, redisUrl: null, redisCommandTimeoutMs: 200 };
}

describe.each(backends)("store on $kind", (backend) => {
  let clock = 1_700_000_000_000;
  const now = () => clock;
  let store: Store;
  let storeEnv: StoreEnv;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ env: storeEnv, cleanup } = await backend.location());
    store = await openStore(storeEnv, { now });
  });
  afterAll(async () => {
    await store?.close();
    await cleanup?.();
  });

  it("applies every migration once and is a no-op the second time", async () => {
    const tables = (await store.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(["embeds", "revoked_sessions"]));
    expect(await migrateToLatest(store.db, storeEnv.database)).toEqual([]);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(store.db);
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
  });

  it("creates, reads, lists and revokes embeds, counting views", async () => {
    const embeds = store.embeds(specSchema);
    const id = store.links.newId();
    const created = await embeds.create(id, { owner: "alice", spec, credential: TOKEN, expiresAt: null });
    expect(created).toMatchObject({ id, owner: "alice", spec, views: 0, revokedAt: null, createdAt: clock });
    expect(await embeds.get(id)).toEqual(created);
    expect(await embeds.get(store.links.newId())).toBeNull();

    clock += 1_000;
    const first = await embeds.resolve(id, { countView: true });
    expect(first).toMatchObject({
      status: "active",
      credential: TOKEN,
      embed: { views: 1, lastUsedAt: clock },
    });
    await embeds.resolve(id, { countView: true });
    await embeds.resolve(id);
    expect(await embeds.get(id)).toMatchObject({ views: 2, lastUsedAt: clock });

    const other = store.links.newId();
    await embeds.create(other, { owner: "bob", spec, credential: TOKEN, expiresAt: null });
    expect((await embeds.listByOwner("alice")).map((embed) => embed.id)).toEqual([id]);

    expect(await embeds.revoke(id, "bob")).toBe(false);
    expect(await embeds.resolve(id)).toMatchObject({ status: "active" });
    expect(await embeds.revoke(id, "alice")).toBe(true);
    expect(await embeds.revoke(id)).toBe(true);
    expect(await embeds.resolve(id)).toEqual({ status: "revoked" });
    expect((await embeds.get(id))?.revokedAt).toBe(clock);
    expect(await embeds.revoke(store.links.newId())).toBe(false);
  });

  it("refuses an expired embed and purges old ones", async () => {
    const embeds = store.embeds(specSchema);
    const id = store.links.newId();
    await embeds.create(id, { owner: "carol", spec, credential: TOKEN, expiresAt: clock + 60_000 });
    expect(await embeds.resolve(id)).toMatchObject({ status: "active" });
    clock += 60_000;
    expect(await embeds.resolve(id)).toEqual({ status: "expired" });
    expect(await embeds.resolve(store.links.newId())).toEqual({ status: "not_found" });
    expect(await embeds.purge(clock + 1)).toBeGreaterThanOrEqual(1);
    expect(await embeds.get(id)).toBeNull();
  });

  it("never stores the credential in plaintext, and a sealed value does not open on another record", async () => {
    const embeds = store.embeds(specSchema);
    const [a, b] = [store.links.newId(), store.links.newId()];
    await embeds.create(a, { owner: "dave", spec, credential: TOKEN, expiresAt: null });
    await embeds.create(b, { owner: "dave", spec, credential: "another-token-value", expiresAt: null });
    const raw = await sql<Record<string, unknown>>`select * from embeds where id = ${a}`.execute(store.db);
    const dump = JSON.stringify(raw.rows);
    expect(dump).not.toContain(TOKEN);
    expect(dump).not.toContain(Buffer.from(TOKEN).toString("base64"));
    expect(dump).not.toContain(Buffer.from(TOKEN).toString("base64url"));
    expect(dump).not.toContain(Buffer.from(TOKEN).toString("hex"));

    // Two records sealing one token differ (random IV), and moving a sealed value to another row fails.
    const sealedA = String(raw.rows[0]?.credential);
    await sql`update embeds set credential = ${sealedA} where id = ${b}`.execute(store.db);
    await expect(embeds.resolve(b)).rejects.toThrow(/does not open/);
    await embeds.create(store.links.newId(), { owner: "dave", spec, credential: TOKEN, expiresAt: null });
    const sealed = await sql<{
      credential: string;
    }>`select credential from embeds where owner = 'dave'`.execute(store.db);
    expect(new Set(sealed.rows.map((row) => row.credential)).size).toBe(2);
  });

  it("labels owners by a keyed hash of their token, and answers pings", async () => {
    const label = store.ownerLabel(TOKEN);
    expect(label).toBe(store.ownerLabel(TOKEN));
    expect(label).not.toBe(store.ownerLabel(`${TOKEN}x`));
    expect(label).not.toContain(TOKEN.slice(0, 8));
    const otherSecret = await openStore({ ...storeEnv, encryptionSecret: "t".repeat(40) });
    try {
      expect(otherSecret.ownerLabel(TOKEN)).not.toBe(label);
    } finally {
      await otherSecret.close();
    }
    expect(await store.ping()).toBe(true);
  });

  it("refuses a spec the contract refuses, in and out", async () => {
    const embeds = store.embeds(specSchema);
    const id = store.links.newId();
    await expect(
      embeds.create(id, { owner: "erin", spec: { basin: 1 } as never, credential: TOKEN, expiresAt: null }),
    ).rejects.toThrow();
    await embeds.create(id, { owner: "erin", spec, credential: TOKEN, expiresAt: null });
    await sql`update embeds set spec = ${'{"basin":"x","theme":"neon"}'} where id = ${id}`.execute(store.db);
    await expect(embeds.get(id)).rejects.toThrow(/refuses/);
  });

  it("revokes sessions, seen by a second replica once its cached answer is dropped", async () => {
    const replica = await openStore(storeEnv, { now });
    try {
      expect(await store.sessions.isRevoked("jti-1")).toBe(false);
      expect(await replica.sessions.isRevoked("jti-1")).toBe(false);
      await store.sessions.revoke("jti-1", clock + 3_600_000);
      await store.sessions.revoke("jti-1", clock + 3_600_000);
      expect(await store.sessions.isRevoked("jti-1")).toBe(true);
      // The replica's brief cache still says no until the revocation channel tells it to forget.
      expect(await replica.sessions.isRevoked("jti-1")).toBe(false);
      replica.sessions.forget("jti-1");
      expect(await replica.sessions.isRevoked("jti-1")).toBe(true);

      await store.sessions.revoke("jti-old", clock - 1);
      expect(await store.sessions.purgeExpired()).toBe(1);
      store.sessions.forget("jti-1");
      expect(await store.sessions.isRevoked("jti-1")).toBe(true);
    } finally {
      await replica.close();
    }
  });
});

describe("migrating SQLite from several connections at once", () => {
  it("applies each migration exactly once while all of them succeed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-race-"));
    const location = { kind: "sqlite" as const, file: path.join(dir, "dashboard.sqlite") };
    const replicas = Array.from({ length: 3 }, () => createDatabase(location));
    try {
      const applied = await Promise.all(replicas.map((db) => migrateToLatest(db, location)));
      expect(applied.flat()).toEqual(Object.keys(migrations));
    } finally {
      await Promise.all(replicas.map((db) => db.destroy()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("migrating PostgreSQL from several replicas at once", () => {
  it("applies each migration exactly once while all of them succeed", async () => {
    const database = await createTestDatabase("migrate_race");
    const replicas = Array.from({ length: 4 }, () => createDatabase({ kind: "postgres", url: database.url }));
    try {
      const applied = await Promise.all(
        replicas.map((db) => migrateToLatest(db, { kind: "postgres", url: database.url })),
      );
      expect(applied.flat().sort()).toEqual(Object.keys(migrations).sort());
      const first = replicas[0];
      if (!first) throw new Error("no replica");
      const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(first);
      expect(rows.rows).toHaveLength(Object.keys(migrations).length);
    } finally {
      await Promise.all(replicas.map((db) => db.destroy()));
      await database.drop();
    }
  });
});

describe("a PostgreSQL connection closed by the server while idle", () => {
  it("is dropped from the pool and replaced, without an uncaught error", async () => {
    const database = await createTestDatabase("idle_lost");
    const db = createDatabase({ kind: "postgres", url: database.url });
    try {
      const pid = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
      const admin = createDatabase({ kind: "postgres", url: database.url });
      try {
        await sql`select pg_terminate_backend(${pid.rows[0]?.pid})`.execute(admin);
      } finally {
        await admin.destroy();
      }
      // The terminated connection reports its error while idle in the pool; give it time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(again.rows[0]?.one).toBe(1);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
