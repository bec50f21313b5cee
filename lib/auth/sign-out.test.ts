import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { parseServerEnv } from "@/lib/config/server-env";
import { getStore } from "@/lib/store/open-store";
import { readS2Token } from "./session";
import { revokeSession, withSignOutAnswer } from "./sign-out";

const SECRET = "unit-test-secret-0123456789abcdefghijklmnop";
const env = parseServerEnv({ AUTH_SECRET: SECRET, AUTH_SESSION_MAX_AGE: "3600" });
const dir = mkdtempSync(path.join(tmpdir(), "sign-out-"));

const claimsFor = (sid: string) => ({ s2Token: "s2-tok", signedInAt: Math.floor(Date.now() / 1000), sid });
const jar = (jwe: string) => ({ getAll: () => [{ name: "next-auth.session-token", value: jwe }] });

beforeAll(() => {
  // The process's own store (getStore), as the routes use it, in a database of this test's own.
  process.env.DATABASE_URL = `sqlite:${path.join(dir, "dashboard.sqlite")}`;
  process.env.AUTH_SECRET = SECRET;
  delete process.env.REDIS_URL;
});
afterAll(async () => {
  await (await getStore()).close();
  rmSync(dir, { recursive: true, force: true });
});

describe("sign-out", () => {
  it("refuses a copy of the session cookie once the session signed out, though the cookie was read before", async () => {
    const claims = claimsFor("sid-signed-out-0001");
    const copy = await encode({ token: claims, secret: SECRET, maxAge: 3_600 });
    // Read once, so the decoded cookie is remembered (session.ts caches decodes for a minute).
    await expect(readS2Token(jar(copy), env)).resolves.toBe("s2-tok");
    await revokeSession(claims, env.sessionMaxAgeSeconds);
    await expect(readS2Token(jar(copy), env)).resolves.toBeNull();
    // Another session of the same token is untouched.
    const other = await encode({ token: claimsFor("sid-still-live-0002"), secret: SECRET, maxAge: 3_600 });
    await expect(readS2Token(jar(other), env)).resolves.toBe("s2-tok");
  });

  it("keeps the revocation until the session would have ended anyway", async () => {
    const claims = claimsFor("sid-expiry-000003");
    await revokeSession(claims, env.sessionMaxAgeSeconds);
    const row = await (await getStore()).db
      .selectFrom("revoked_sessions")
      .selectAll()
      .where("jti", "=", "sid-expiry-000003")
      .executeTakeFirstOrThrow();
    expect(Number(row.expires_at)).toBe((claims.signedInAt + 3_600) * 1000);
  });

  it("fails closed with a 503 when the database cannot say whether a session signed out", async () => {
    const jwe = await encode({ token: claimsFor("sid-unknown-0004"), secret: SECRET, maxAge: 3_600 });
    const unreachable = async (): Promise<boolean> => {
      throw new Error("connect ECONNREFUSED");
    };
    const refusal = await readS2Token(jar(jwe), env, Date.now(), unreachable).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 503, code: "unavailable" });
  });

  it("answers 503 when the revocation could not be recorded, still clearing the cookie here", async () => {
    const { revokeOnSignOut } = await import("./sign-out");
    const store = await getStore();
    await store.close();
    const response = await withSignOutAnswer(async () => {
      await revokeOnSignOut(claimsFor("sid-db-gone-000005"), 3_600);
      const answer = Response.json({ url: "/" });
      answer.headers.append("set-cookie", "next-auth.session-token=; Max-Age=0");
      return answer;
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: "unavailable" });
    expect(response.headers.getSetCookie()).toEqual(["next-auth.session-token=; Max-Age=0"]);
  });
});
