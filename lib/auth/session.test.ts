import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/config/server-env";
import {
  expireSessionCookies,
  type RevocationCheck,
  readS2Token as readS2TokenChecked,
  requestCookies,
  sessionCookieName,
} from "./session";

const SECRET = "unit-test-secret-0123456789abcdefghijklmnop";
const env = parseServerEnv({ AUTH_SECRET: SECRET, AUTH_SESSION_MAX_AGE: "3600" });
const now = Date.now();
const nowSeconds = Math.floor(now / 1000);

const SID = "3f2c7f0e-5b1a-4d6e-9c8b-0a1b2c3d4e5f";

async function sessionJwe(claims: Record<string, unknown>, secret = SECRET): Promise<string> {
  return encode({ token: { sid: SID, ...claims }, secret, maxAge: 3_600 });
}

function cookies(entries: Record<string, string>) {
  return { getAll: () => Object.entries(entries).map(([name, value]) => ({ name, value })) };
}

// Revocation (sign-out) is tested against a real database in sign-out.test.ts; here nothing is revoked.
const nothingRevoked: RevocationCheck = async () => false;
const readS2Token = (...[cookies, env, nowMs]: Parameters<typeof readS2TokenChecked>) =>
  readS2TokenChecked(cookies, env, nowMs, nothingRevoked);

describe("readS2Token", () => {
  it("reads the token out of next-auth's encrypted session cookie", async () => {
    const jwe = await sessionJwe({ s2Token: "s2-tok", signedInAt: nowSeconds });
    expect(jwe).not.toContain("s2-tok");
    await expect(readS2Token(cookies({ "next-auth.session-token": jwe }), env, now)).resolves.toBe("s2-tok");
  });

  it("joins a session cookie that next-auth split into chunks", async () => {
    const jwe = await sessionJwe({ s2Token: "s2-tok", signedInAt: nowSeconds });
    const chunked = cookies({
      "next-auth.session-token.1": jwe.slice(100),
      "next-auth.session-token.0": jwe.slice(0, 100),
    });
    await expect(readS2Token(chunked, env, now)).resolves.toBe("s2-tok");
  });

  it("treats a missing, tampered or foreign cookie as no session", async () => {
    const jwe = await sessionJwe({ s2Token: "s2-tok", signedInAt: nowSeconds });
    const foreign = await sessionJwe(
      { s2Token: "s2-tok", signedInAt: nowSeconds },
      "another-secret-0123456789abcdefghijkl",
    );
    for (const jar of [
      cookies({}),
      cookies({ "next-auth.session-token": `${jwe.slice(0, -2)}xx` }),
      cookies({ "next-auth.session-token": foreign }),
      cookies({ "next-auth.session-token": "not-a-jwe" }),
      cookies({ "other-cookie": jwe }),
    ]) {
      await expect(readS2Token(jar, env, now)).resolves.toBeNull();
    }
  });

  it("refuses a session older than the configured lifetime, whatever its cookie says", async () => {
    const jwe = await sessionJwe({ s2Token: "s2-tok", signedInAt: nowSeconds - 3_600 });
    await expect(readS2Token(cookies({ "next-auth.session-token": jwe }), env, now)).resolves.toBeNull();
  });

  it("refuses a JWT without the claims a session must carry", async () => {
    const jwe = await sessionJwe({ name: "someone", sub: "x" });
    await expect(readS2Token(cookies({ "next-auth.session-token": jwe }), env, now)).resolves.toBeNull();
  });

  it("refuses a cookie without a session id, which sign-out could not revoke", async () => {
    const jwe = await encode({ token: { s2Token: "s2-tok", signedInAt: nowSeconds }, secret: SECRET });
    await expect(readS2Token(cookies({ "next-auth.session-token": jwe }), env, now)).resolves.toBeNull();
  });

  it("reads only the __Secure- cookie when the site is served over https", async () => {
    const secureEnv = parseServerEnv({ AUTH_SECRET: SECRET, NEXTAUTH_URL: "https://metrics.example.com" });
    const jwe = await sessionJwe({ s2Token: "s2-tok", signedInAt: nowSeconds });
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    await expect(
      readS2Token(cookies({ "next-auth.session-token": jwe }), secureEnv, now),
    ).resolves.toBeNull();
    await expect(
      readS2Token(cookies({ "__Secure-next-auth.session-token": jwe }), secureEnv, now),
    ).resolves.toBe("s2-tok");
  });

  it("fails loudly, not silently, when no secret is configured", async () => {
    await expect(readS2Token(cookies({}), parseServerEnv({}), now)).rejects.toThrow(/AUTH_SECRET/);
  });
});

describe("requestCookies", () => {
  it("parses the Cookie header", () => {
    const request = new Request("http://x.test", {
      headers: { cookie: "a=1; next-auth.session-token=abc.def; b=" },
    });
    expect(requestCookies(request).getAll()).toEqual([
      { name: "a", value: "1" },
      { name: "next-auth.session-token", value: "abc.def" },
      { name: "b", value: "" },
    ]);
  });
});

describe("expireSessionCookies", () => {
  it("expires every session cookie the request carried, with the attributes it was set with", () => {
    const request = new Request("http://x.test", {
      headers: { cookie: "theme=dark; next-auth.session-token.0=a; next-auth.session-token.1=b" },
    });
    const response = Response.json({});
    expireSessionCookies(request, response, false);
    expect(response.headers.getSetCookie()).toEqual([
      "next-auth.session-token.0=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
      "next-auth.session-token.1=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
    ]);
  });

  it("marks the expiry Secure for the __Secure- cookie", () => {
    const request = new Request("http://x.test", {
      headers: { cookie: "__Secure-next-auth.session-token=a" },
    });
    const response = Response.json({});
    expireSessionCookies(request, response, true);
    expect(response.headers.getSetCookie()).toEqual([
      "__Secure-next-auth.session-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure",
    ]);
  });
});
