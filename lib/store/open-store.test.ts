import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { sharedRevocationBus } from "@/lib/cache/shared-cache";
import { getStore } from "./open-store";

const dir = mkdtempSync(path.join(tmpdir(), "open-store-"));
afterAll(async () => {
  await (await getStore()).close();
  rmSync(dir, { recursive: true, force: true });
});

it("opens one store per process from the environment, following the revocations channel", async () => {
  process.env.DATABASE_URL = `sqlite:${path.join(dir, "dashboard.sqlite")}`;
  process.env.AUTH_SECRET = "a".repeat(32);
  delete process.env.REDIS_URL;
  const [first, second] = await Promise.all([getStore(), getStore()]);
  expect(first).toBe(second);
  expect(first.kind).toBe("sqlite");

  expect(await first.sessions.isRevoked("jti-env")).toBe(false);
  // Revoked by "another replica" (straight into the database), then announced on the channel.
  await first.db
    .insertInto("revoked_sessions")
    .values({ jti: "jti-env", expires_at: Date.now() + 60_000, revoked_at: Date.now() })
    .execute();
  expect(await first.sessions.isRevoked("jti-env")).toBe(false);
  await sharedRevocationBus().publish({ kind: "session", jti: "jti-env" });
  expect(await first.sessions.isRevoked("jti-env")).toBe(true);
});
