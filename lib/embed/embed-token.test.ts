import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { parseEmbedEnv } from "@/lib/config/server-env";
import { parseAllowlist } from "./allowed-origins";
import {
  EMBED_MAX_LIFETIME_SECONDS,
  EMBED_TOKEN_PURPOSE,
  embedMintRequestSchema,
  publicEmbed,
} from "./contract";
import { EMBED_KEY_SALT, embedKeyFromSecret, requireEmbedKey } from "./embed-key";
import { openEmbedToken, sealEmbedToken, type UnsealedClaims } from "./embed-token";
import { type MintDeps, mintEmbed } from "./mint-embed";

const SECRET = "unit-test-embed-secret-0123456789abcdefgh";
const key = embedKeyFromSecret(SECRET);
const now = Math.floor(Date.now() / 1000);
const open = (token: string, at = now, revokedIds: ReadonlySet<string> = new Set()) =>
  openEmbedToken(token, { key, revokedIds, nowSeconds: at });

const deps: MintDeps = {
  key,
  allowlist: parseAllowlist(["https://portal.example"]),
  baseUrl: "https://metrics.example",
  nowSeconds: now,
};

const request = (input: Record<string, unknown> = {}) =>
  embedMintRequestSchema.parse({
    target: { level: "basin", basin: "prod-events" },
    range: { kind: "relative", seconds: 86_400 },
    ...input,
  });

const claims = (input: Partial<UnsealedClaims> = {}): UnsealedClaims => ({
  v: 1,
  purpose: EMBED_TOKEN_PURPOSE,
  kind: "chart",
  target: { level: "basin", basin: "prod-events" },
  sets: ["append-ops"],
  range: { kind: "relative", seconds: 3_600 },
  interval: "auto",
  rangeChange: { allowed: false },
  theme: "light",
  s2: { source: "token", token: "s2-secret-token" },
  ...input,
});

afterEach(() => vi.useRealTimers());

describe("mintEmbed and openEmbedToken", () => {
  it("round-trips the claims, and the S2 token cannot be read from the token", async () => {
    const minted = await mintEmbed(
      request({ chart: "append-ops", theme: "dark", parent: "https://PORTAL.example:443" }),
      { source: "token", token: "s2-secret-token" },
      deps,
    );
    expect(minted.token).not.toContain("s2-secret-token");
    const payload = minted.token.split(".").map((part) => Buffer.from(part, "base64url").toString("latin1"));
    expect(payload.join("")).not.toContain("s2-secret-token");
    expect(minted.url).toBe(
      `https://metrics.example/embed/${minted.token}?parent=${encodeURIComponent("https://portal.example")}`,
    );
    const verdict = await open(minted.token);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.claims).toMatchObject({
      kind: "chart",
      sets: ["append-ops"],
      theme: "dark",
      s2: { source: "token", token: "s2-secret-token" },
      jti: minted.id,
      exp: minted.expiresAt,
    });
    expect(minted.expiresAt - verdict.claims.iat).toBe(86_400);
  });

  it("gives the embed page everything but the credential", async () => {
    const minted = await mintEmbed(request(), { source: "token", token: "s2-secret-token" }, deps);
    const verdict = await open(minted.token);
    if (!verdict.ok) throw new Error(verdict.reason);
    const view = publicEmbed(verdict.claims);
    expect(JSON.stringify(view)).not.toContain("s2-secret-token");
    expect(view).not.toHaveProperty("s2");
    expect(view).toMatchObject({ id: minted.id, expiresAt: minted.expiresAt, kind: "view" });
  });

  it("embeds a whole view as every set of its level, in the views' order", async () => {
    const minted = await mintEmbed(request(), { source: "configured" }, deps);
    const verdict = await open(minted.token);
    expect(verdict.ok && verdict.claims.sets).toEqual([
      "storage",
      "append-ops",
      "read-ops",
      "read-throughput",
      "append-throughput",
      "basin-ops",
    ]);
    expect(verdict.ok && verdict.claims.s2).toEqual({ source: "configured" });
  });

  it("refuses a tampered token, whichever part is changed", async () => {
    const { token } = await mintEmbed(request(), { source: "configured" }, deps);
    const parts = token.split(".");
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === "") continue;
      const tampered = [...parts];
      const part = tampered[i] ?? "";
      // Flip one character in the middle of the part.
      const at = Math.floor(part.length / 2);
      tampered[i] = `${part.slice(0, at)}${part[at] === "A" ? "B" : "A"}${part.slice(at + 1)}`;
      const verdict = await open(tampered.join("."));
      expect(verdict, `part ${i}`).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("calls anything that is not a compact JWE malformed", async () => {
    for (const token of ["", "abc", "a.b.c", "a.b.c.d.e", `${"a".repeat(9_000)}..b.c.d`, "a..b.c.d=="]) {
      await expect(open(token)).resolves.toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("refuses a token past its expiry, by the injected clock and by the real one", async () => {
    const { token, expiresAt } = await mintEmbed(
      request({ expiresInSeconds: 3_600 }),
      { source: "configured" },
      deps,
    );
    await expect(open(token, expiresAt - 1)).resolves.toMatchObject({ ok: true });
    await expect(open(token, expiresAt)).resolves.toEqual({ ok: false, reason: "expired" });
    vi.useFakeTimers({ now: (expiresAt + 60) * 1000 });
    await expect(open(token, expiresAt + 60)).resolves.toEqual({ ok: false, reason: "expired" });
  });

  it("never mints for longer than 30 days, nor accepts a token sealed for longer", async () => {
    expect(
      embedMintRequestSchema.safeParse({ ...request(), expiresInSeconds: EMBED_MAX_LIFETIME_SECONDS + 1 })
        .success,
    ).toBe(false);
    expect(embedMintRequestSchema.safeParse({ ...request(), expiresInSeconds: 0 }).success).toBe(false);
    expect(request().expiresInSeconds).toBe(86_400);
    const longLived = await sealEmbedToken(claims(), key, EMBED_MAX_LIFETIME_SECONDS + 3_600);
    await expect(open(longLived)).resolves.toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a token sealed under another secret", async () => {
    const other = await sealEmbedToken(
      claims(),
      embedKeyFromSecret("another-secret-0123456789abcdefghijkl"),
      600,
    );
    await expect(open(other)).resolves.toEqual({ ok: false, reason: "invalid" });
  });

  it("never takes a session cookie for an embed token, nor an embed token for a session", async () => {
    // A session JWE under the very same secret: next-auth's session key has no salt, the embed key has one.
    const session = await encode({
      token: { s2Token: "s2-tok", signedInAt: now },
      secret: SECRET,
      maxAge: 600,
    });
    await expect(open(session)).resolves.toEqual({ ok: false, reason: "invalid" });
    const embed = await sealEmbedToken(claims(), key, 600);
    const { decode } = await import("next-auth/jwt");
    await expect(decode({ token: embed, secret: SECRET })).rejects.toThrow();
    expect(EMBED_KEY_SALT).not.toBe("");
  });

  it("refuses claims that are not an embed's, even when sealed with the embed key", async () => {
    const wrong: Record<string, unknown>[] = [
      { ...claims(), purpose: "something-else" },
      { ...claims(), v: 2 },
      { ...claims(), sets: ["storage", "append-ops"] }, // a chart names one set
      { ...claims(), sets: ["active-basins"] }, // not a basin set
      { ...claims(), target: { level: "basin", basin: "Not A Basin" } },
      { ...claims(), theme: "neon" },
      { ...claims(), s2: { source: "token", token: "" } },
      { s2Token: "s2-tok", signedInAt: now },
    ];
    for (const payload of wrong) {
      const token = await encode({ token: payload, secret: key.secret, salt: key.salt, maxAge: 600 });
      await expect(open(token), JSON.stringify(payload)).resolves.toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("refuses a token whose id is on the deny-list", async () => {
    const { token, id } = await mintEmbed(request(), { source: "configured" }, deps);
    await expect(open(token, now, new Set([id]))).resolves.toEqual({ ok: false, reason: "revoked" });
    await expect(open(token, now, new Set(["another-id"]))).resolves.toMatchObject({ ok: true });
  });

  it("mints nothing while embedding is off, nor for a portal that is not allowed", async () => {
    const off = { ...deps, allowlist: parseAllowlist([]) };
    const error = await mintEmbed(request(), { source: "configured" }, off).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("embedding_disabled");
    await expect(
      mintEmbed(request({ parent: "https://evil.example" }), { source: "configured" }, deps),
    ).rejects.toThrow(/not on EMBED_ALLOWED_ORIGINS/);
  });

  it("refuses a fixed range S2 would refuse", async () => {
    const future = request({ range: { kind: "fixed", start: now, end: now + 3_600 } });
    await expect(mintEmbed(future, { source: "configured" }, deps)).rejects.toThrow(/future/);
  });
});

describe("the mint request schema", () => {
  it.each([
    [{ chart: "active-basins" }, "chart"],
    [{ target: { level: "stream", basin: "prod-events" } }, "target"],
    [{ range: { kind: "relative", seconds: 90 } }, "range"],
    [{ range: { kind: "fixed", start: 10, end: 5 } }, "range"],
    [{ range: { kind: "fixed", start: 0, end: 31 * 86_400 } }, "range"],
    [{ rangeChange: { allowed: true, lookbackSeconds: 365 * 86_400 } }, "rangeChange"],
    [{ theme: "sepia" }, "theme"],
    [{ unknown: 1 }, ""],
  ])("refuses %j", (input, path) => {
    const result = embedMintRequestSchema.safeParse({
      target: { level: "basin", basin: "prod-events" },
      range: { kind: "relative", seconds: 86_400 },
      ...input,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".") ?? "").toContain(path);
  });
});

describe("the embed key", () => {
  it("uses EMBED_SECRET, else the session secret, and says which", () => {
    const own = parseEmbedEnv({ EMBED_SECRET: "e".repeat(32), AUTH_SECRET: "a".repeat(32) });
    expect(own).toMatchObject({ secret: "e".repeat(32), secretIsSessionSecret: false });
    const derived = parseEmbedEnv({ AUTH_SECRET: "a".repeat(32) });
    expect(derived).toMatchObject({ secret: "a".repeat(32), secretIsSessionSecret: true });
    expect(requireEmbedKey(derived)).toEqual({ secret: "a".repeat(32), salt: EMBED_KEY_SALT });
    expect(() => requireEmbedKey(parseEmbedEnv({}))).toThrow(/EMBED_SECRET/);
  });

  it("reads the other embed variables, treating empty as unset", () => {
    const env = parseEmbedEnv({
      EMBED_ALLOWED_ORIGINS: " https://a.example, https://b.example:8443 ",
      EMBED_MINT_SECRET: "m".repeat(32),
      EMBED_S2_TOKEN: "",
      EMBED_REVOKED_IDS: "id-1,id-2",
    });
    expect(env.allowedOrigins).toEqual(["https://a.example", "https://b.example:8443"]);
    expect(env.mintSecret).toBe("m".repeat(32));
    expect(env.s2Token).toBeNull();
    expect([...env.revokedIds]).toEqual(["id-1", "id-2"]);
    expect(() => parseEmbedEnv({ EMBED_SECRET: "short" })).toThrow(/EMBED_SECRET/);
    expect(() => parseEmbedEnv({ EMBED_MINT_SECRET: "short" })).toThrow(/EMBED_MINT_SECRET/);
  });
});
