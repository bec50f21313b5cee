import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { parseServerEnv } from "@/lib/config/server-env";
import { authoriseSignIn, buildAuthOptions } from "./auth-options";
import { signInErrorMessage } from "./sign-in-params";
import { createSignInLimiter } from "./sign-in-rate-limit";

const SECRET = "unit-test-secret-0123456789abcdefghijklmnop";
const demoEnv = parseServerEnv({ AUTH_SECRET: SECRET, LOCAL_S2_DEMO: "1", LOCAL_S2_DEMO_TOKEN: "demo-tok" });
const plainEnv = parseServerEnv({ AUTH_SECRET: SECRET });
/** A browser on this machine, as Next presents it: X-Forwarded-For filled in from the socket. */
const LOCAL = { headers: { "x-forwarded-for": "127.0.0.1" } };
const REMOTE = { headers: { "x-forwarded-for": "203.0.113.7" } };

describe("authoriseSignIn", () => {
  it("checks the pasted token with S2 and carries it into the user", async () => {
    const verify = vi.fn(async () => "ok" as const);
    const user = await authoriseSignIn({ token: "pasted-tok", csrfToken: "c" }, LOCAL, {
      env: plainEnv,
      verify,
      limiter: null,
    });
    expect(verify).toHaveBeenCalledWith("pasted-tok");
    expect(user).toMatchObject({ s2Token: "pasted-tok" });
    expect(user.id).not.toContain("pasted-tok");
  });

  it("substitutes the configured demo token for the demo flag, so the browser never holds it", async () => {
    const verify = vi.fn(async () => "ok" as const);
    await authoriseSignIn({ demo: "1", token: "ignored" }, LOCAL, { env: demoEnv, verify, limiter: null });
    expect(verify).toHaveBeenCalledWith("demo-tok");
  });

  it("refuses the demo flag unless the embedded backend's demo is enabled", async () => {
    const verify = vi.fn(async () => "ok" as const);
    await expect(
      authoriseSignIn({ demo: "1" }, LOCAL, { env: plainEnv, verify, limiter: null }),
    ).rejects.toThrow("demo_unavailable");
    expect(verify).not.toHaveBeenCalled();
  });

  it("refuses an empty token without asking S2", async () => {
    const verify = vi.fn(async () => "ok" as const);
    await expect(
      authoriseSignIn({ token: "" }, LOCAL, { env: plainEnv, verify, limiter: null }),
    ).rejects.toThrow("missing_token");
    await expect(authoriseSignIn(undefined, LOCAL, { env: plainEnv, verify, limiter: null })).rejects.toThrow(
      "missing_token",
    );
    expect(verify).not.toHaveBeenCalled();
  });

  it("throws S2's verdict as the error code the form shows", async () => {
    for (const verdict of ["invalid_token", "no_metrics_permission", "upstream_unavailable"] as const) {
      await expect(
        authoriseSignIn({ token: "t" }, LOCAL, { env: plainEnv, verify: async () => verdict, limiter: null }),
      ).rejects.toThrow(verdict);
    }
  });
});

describe("authoriseSignIn: what never reaches S2", () => {
  it.each([
    ["a line break", "s2-real\ntoken"],
    ["a carriage return", "s2-real\rtoken"],
    ["a space", "s2-real token"],
    ["a trailing newline", "s2-real-token\n"],
    ["a NUL", "s2-real\u0000token"],
    ["a non-ASCII character", "s2-réal-token"],
  ])("refuses a token with %s, with a message that says why", async (_label, token) => {
    const verify = vi.fn(async () => "ok" as const);
    await expect(authoriseSignIn({ token }, LOCAL, { env: plainEnv, verify, limiter: null })).rejects.toThrow(
      "malformed_token",
    );
    expect(verify).not.toHaveBeenCalled();
    expect(signInErrorMessage("malformed_token")).toMatch(/spaces, line breaks/);
  });

  it("offers the demo token to this machine only, unless LOCAL_S2_DEMO_REMOTE is set", async () => {
    const verify = vi.fn(async () => "ok" as const);
    await expect(
      authoriseSignIn({ demo: "1" }, REMOTE, { env: demoEnv, verify, limiter: null }),
    ).rejects.toThrow("demo_unavailable");
    expect(verify).not.toHaveBeenCalled();
    const openEnv = parseServerEnv({ AUTH_SECRET: SECRET, LOCAL_S2_DEMO: "1", LOCAL_S2_DEMO_REMOTE: "1" });
    await authoriseSignIn({ demo: "1" }, REMOTE, { env: openEnv, verify, limiter: null });
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it("counts attempts per client once they reach the token check, and gives successes back", async () => {
    const env = parseServerEnv({ AUTH_SECRET: SECRET, AUTH_SIGN_IN_ATTEMPTS: "2", AUTH_TRUST_PROXY: "1" });
    const limiter = createSignInLimiter(env.signIn);
    const verify = vi.fn(async (token: string) =>
      token === "good-token" ? ("ok" as const) : ("invalid_token" as const),
    );
    const deps = { env, verify, limiter };
    // Malformed or empty forms never reach S2, so they do not count.
    for (let i = 0; i < 5; i++)
      await expect(authoriseSignIn({ token: "a b" }, REMOTE, deps)).rejects.toThrow();
    for (let i = 0; i < 5; i++) await authoriseSignIn({ token: "good-token" }, REMOTE, deps);
    await expect(authoriseSignIn({ token: "wrong-1" }, REMOTE, deps)).rejects.toThrow("invalid_token");
    await expect(authoriseSignIn({ token: "wrong-2" }, REMOTE, deps)).rejects.toThrow("invalid_token");
    verify.mockClear();
    await expect(authoriseSignIn({ token: "good-token" }, REMOTE, deps)).rejects.toThrow("rate_limited");
    expect(verify).not.toHaveBeenCalled();
    // Another client still signs in.
    await authoriseSignIn({ token: "good-token" }, LOCAL, deps);
  });
});

describe("session callbacks", () => {
  const options = buildAuthOptions(plainEnv, async () => "ok", null);
  const callbacks = options.callbacks;

  it("keeps the token in the JWT only, with nothing of next-auth's default profile claims", async () => {
    const jwt = (await callbacks?.jwt?.({
      token: { name: null, email: null, picture: null, sub: "id" },
      user: { id: "id", s2Token: "s2-tok" } as never,
      account: null,
    })) as JWT;
    expect(Object.keys(jwt).sort()).toEqual(["s2Token", "sid", "signedInAt"]);
    expect(jwt.s2Token).toBe("s2-tok");
  });

  it("gives every sign-in a session id of its own, kept when the cookie is re-issued", async () => {
    const signIn = async () =>
      (await callbacks?.jwt?.({
        token: {},
        user: { id: "id", s2Token: "s2-tok" } as never,
        account: null,
      })) as JWT;
    const [first, second] = [await signIn(), await signIn()];
    expect(typeof first.sid).toBe("string");
    expect(first.sid).not.toBe(second.sid);
    expect(JSON.stringify(first.sid)).not.toContain("s2-tok");
    const reissued = (await callbacks?.jwt?.({
      token: first,
      user: undefined as never,
      account: null,
    })) as JWT;
    expect(reissued.sid).toBe(first.sid);
  });

  it("records the session as revoked when next-auth signs it out", () => {
    expect(options.events?.signOut).toBeTypeOf("function");
  });

  it("gives the browser's session only its expiry, never the token", async () => {
    const signedInAt = Math.floor(Date.now() / 1000);
    const session = await callbacks?.session?.({
      session: { expires: "2099-01-01T00:00:00.000Z", user: { name: "x" } },
      token: { s2Token: "s2-tok", signedInAt, sid: "3f2c7f0e-5b1a-4d6e-9c8b-0a1b2c3d4e5f" },
      user: undefined as never,
      newSession: undefined,
      trigger: "update",
    });
    expect(session).toEqual({ expires: new Date((signedInAt + 12 * 3_600) * 1000).toISOString() });
    expect(JSON.stringify(session)).not.toContain("s2-tok");
  });

  it("redirects only within the site", async () => {
    const base = "http://127.0.0.1:3100";
    const redirect = async (url: string) => callbacks?.redirect?.({ url, baseUrl: base });
    await expect(redirect(`${base}/basins/prod-events`)).resolves.toBe(`${base}/basins/prod-events`);
    await expect(redirect("/basins/prod-events")).resolves.toBe(`${base}/basins/prod-events`);
    await expect(redirect("https://evil.example/x")).resolves.toBe(`${base}/`);
    await expect(redirect(`${base}//evil.example`)).resolves.toBe(`${base}/`);
  });

  it("sets an HttpOnly, SameSite=Lax session cookie that is Secure exactly when the site is https", () => {
    expect(options.cookies?.sessionToken).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    const https = buildAuthOptions(
      parseServerEnv({ AUTH_SECRET: SECRET, NEXTAUTH_URL: "https://m.example" }),
    );
    expect(https.cookies?.sessionToken?.name).toBe("__Secure-next-auth.session-token");
    expect(https.cookies?.sessionToken?.options.secure).toBe(true);
    expect(https.session?.maxAge).toBe(12 * 3_600);
  });
});
