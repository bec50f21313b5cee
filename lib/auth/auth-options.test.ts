import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { parseServerEnv } from "@/lib/config/server-env";
import { authorizeSignIn, buildAuthOptions } from "./auth-options";

const SECRET = "unit-test-secret-0123456789abcdefghijklmnop";
const demoEnv = parseServerEnv({ AUTH_SECRET: SECRET, LOCAL_S2_DEMO: "1", LOCAL_S2_DEMO_TOKEN: "demo-tok" });
const plainEnv = parseServerEnv({ AUTH_SECRET: SECRET });

describe("authorizeSignIn", () => {
  it("checks the pasted token with S2 and carries it into the user", async () => {
    const verify = vi.fn(async () => "ok" as const);
    const user = await authorizeSignIn(
      { token: "  pasted-tok \n", csrfToken: "c" },
      { env: plainEnv, verify },
    );
    expect(verify).toHaveBeenCalledWith("pasted-tok");
    expect(user).toMatchObject({ s2Token: "pasted-tok" });
    expect(user.id).not.toContain("pasted-tok");
  });

  it("substitutes the configured demo token for the demo flag, so the browser never holds it", async () => {
    const verify = vi.fn(async () => "ok" as const);
    await authorizeSignIn({ demo: "1", token: "ignored" }, { env: demoEnv, verify });
    expect(verify).toHaveBeenCalledWith("demo-tok");
  });

  it("refuses the demo flag unless the embedded backend's demo is enabled", async () => {
    const verify = vi.fn(async () => "ok" as const);
    await expect(authorizeSignIn({ demo: "1" }, { env: plainEnv, verify })).rejects.toThrow(
      "demo_unavailable",
    );
    expect(verify).not.toHaveBeenCalled();
  });

  it("refuses an empty token without asking S2", async () => {
    const verify = vi.fn(async () => "ok" as const);
    await expect(authorizeSignIn({ token: "   " }, { env: plainEnv, verify })).rejects.toThrow(
      "missing_token",
    );
    await expect(authorizeSignIn(undefined, { env: plainEnv, verify })).rejects.toThrow("missing_token");
    expect(verify).not.toHaveBeenCalled();
  });

  it("throws S2's verdict as the error code the form shows", async () => {
    for (const verdict of ["invalid_token", "no_metrics_permission", "upstream_unavailable"] as const) {
      await expect(
        authorizeSignIn({ token: "t" }, { env: plainEnv, verify: async () => verdict }),
      ).rejects.toThrow(verdict);
    }
  });
});

describe("session callbacks", () => {
  const options = buildAuthOptions(plainEnv, async () => "ok");
  const callbacks = options.callbacks;

  it("keeps the token in the JWT only, with nothing of next-auth's default profile claims", async () => {
    const jwt = (await callbacks?.jwt?.({
      token: { name: null, email: null, picture: null, sub: "id" },
      user: { id: "id", s2Token: "s2-tok" } as never,
      account: null,
    })) as JWT;
    expect(Object.keys(jwt).sort()).toEqual(["s2Token", "signedInAt"]);
    expect(jwt.s2Token).toBe("s2-tok");
  });

  it("gives the browser's session only its expiry, never the token", async () => {
    const signedInAt = Math.floor(Date.now() / 1000);
    const session = await callbacks?.session?.({
      session: { expires: "2099-01-01T00:00:00.000Z", user: { name: "x" } },
      token: { s2Token: "s2-tok", signedInAt },
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
