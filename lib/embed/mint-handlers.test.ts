import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "@/lib/limits/rate-limiter";
import { openTestEmbedStore, type TestEmbedStore } from "@/lib/testing/embed-test-store";
import { parseAllowlist } from "./allowed-origins";
import { type Minter, mintEmbed } from "./mint-embed";
import { createMintTokensHandler, createShareHandlers } from "./mint-handlers";
import type { EmbedMintRequest } from "./mint-request";

/** The mint routes over a real store (SQLite file): who owns what they mint, and what they answer. */

const MINT_SECRET = "unit-test-mint-secret-0123456789abcdefgh";
const allowlist = parseAllowlist(["https://portal.example"]);
let embeds: TestEmbedStore;
beforeAll(async () => {
  embeds = await openTestEmbedStore();
});
afterAll(async () => {
  await embeds.close();
});

const mint = vi.fn((request: EmbedMintRequest, minter: Minter, http: Request) =>
  mintEmbed(request, minter, {
    records: embeds.records,
    links: embeds.links,
    allowlist,
    baseUrl: new URL(http.url).origin,
    nowMs: Date.now(),
  }),
);
const unlimited = async () => ({ ok: true as const, giveBack: async () => {} });

const BODY = {
  target: { level: "basin", basin: "prod-events" },
  chart: "append-ops",
  range: { kind: "relative", seconds: 86_400 },
  parent: "https://portal.example",
};

function post(body: unknown, headers: Record<string, string> = {}) {
  return new Request("https://metrics.example/api/embed/tokens", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const tokensHandler = (overrides: { mintSecret?: string | null; s2Token?: string | null } = {}) =>
  createMintTokensHandler({
    mintSecret: () => (overrides.mintSecret === undefined ? MINT_SECRET : overrides.mintSecret),
    configuredS2Token: () => (overrides.s2Token === undefined ? "server-s2-token" : overrides.s2Token),
    mint,
    limit: unlimited,
    log: () => {},
  });

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/embed/tokens", () => {
  it("mints for the configured server-side S2 token, with the mint secret", async () => {
    mint.mockClear();
    const { status, body } = await answer(
      await tokensHandler()(post(BODY, { authorization: `Bearer ${MINT_SECRET}` })),
    );
    expect(status).toBe(201);
    expect(body.url).toMatch(
      /^https:\/\/metrics\.example\/embed\/[\w-]{22}\.[\w-]{43}\?parent=https%3A%2F%2Fportal\.example$/,
    );
    expect(mint.mock.calls[0]?.[1]).toEqual({
      owner: "mint-api",
      credential: "server-s2-token",
      source: "mint-api",
    });
    expect(JSON.stringify(body)).not.toContain("server-s2-token");
    const verdict = await embeds.resolver.resolve(String(body.token));
    expect(verdict).toMatchObject({ ok: true, credential: "server-s2-token" });
  });

  it("records whom a portal backend minted for", async () => {
    const auth = { authorization: `Bearer ${MINT_SECRET}` };
    const { status, body } = await answer(
      await tokensHandler()(post({ ...BODY, createdBy: "ops-portal" }, auth)),
    );
    expect(status).toBe(201);
    expect(await embeds.records.get(String(body.id))).toMatchObject({
      owner: "mint-api",
      spec: { source: "mint-api", createdBy: "ops-portal" },
    });
  });

  it("answers 429 with Retry-After once the owner's allowance is used up, and mints nothing more", async () => {
    const limiter = createRateLimiter({ name: "mint-test", points: 2, windowSeconds: 60 });
    const handler = createMintTokensHandler({
      mintSecret: () => MINT_SECRET,
      configuredS2Token: () => "server-s2-token",
      mint,
      limit: (owner) => limiter.reserve(owner),
      log: () => {},
    });
    const auth = { authorization: `Bearer ${MINT_SECRET}` };
    const statuses: number[] = [];
    mint.mockClear();
    for (let i = 0; i < 3; i++) statuses.push((await handler(post(BODY, auth))).status);
    expect(statuses).toEqual([201, 201, 429]);
    const refused = await handler(post(BODY, auth));
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ code: "rate_limited" });
    expect(mint).toHaveBeenCalledTimes(2);
  });

  it("answers 401 without the right secret, and 403 while minting or the server token is off", async () => {
    for (const authorization of [
      undefined,
      "Bearer wrong",
      `Basic ${MINT_SECRET}`,
      `Bearer ${MINT_SECRET}x`,
    ]) {
      const headers: Record<string, string> = authorization ? { authorization } : {};
      const { status, body } = await answer(await tokensHandler()(post(BODY, headers)));
      expect([status, body.code], String(authorization)).toEqual([401, "authn"]);
    }
    const off = await answer(
      await tokensHandler({ mintSecret: null })(post(BODY, { authorization: "Bearer x" })),
    );
    expect([off.status, off.body.message]).toEqual([403, expect.stringMatching(/EMBED_MINT_SECRET/)]);
    const noToken = await answer(
      await tokensHandler({ s2Token: null })(post(BODY, { authorization: `Bearer ${MINT_SECRET}` })),
    );
    expect([noToken.status, noToken.body.message]).toEqual([403, expect.stringMatching(/EMBED_S2_TOKEN/)]);
  });

  it("validates the body: JSON, its content type, its fields", async () => {
    const auth = { authorization: `Bearer ${MINT_SECRET}` };
    const notJson = await answer(await tokensHandler()(post("{", auth)));
    expect([notJson.status, notJson.body.code]).toEqual([400, "bad_json"]);
    const form = await answer(
      await tokensHandler()(post(BODY, { ...auth, "content-type": "application/x-www-form-urlencoded" })),
    );
    expect([form.status, form.body.code]).toEqual([400, "bad_json"]);
    const long = await answer(await tokensHandler()(post({ ...BODY, expiresInSeconds: 31 * 86_400 }, auth)));
    expect([long.status, long.body.code]).toEqual([422, "invalid"]);
    expect(long.body.message).toMatch(/^expiresInSeconds: .*30 days/);
    const portal = await answer(
      await tokensHandler()(post({ ...BODY, parent: "https://evil.example" }, auth)),
    );
    expect([portal.status, portal.body.code]).toEqual([422, "invalid"]);
  });
});

describe("/api/embed/share", () => {
  const share = (token: string | null) =>
    createShareHandlers({
      getSessionToken: async () => token,
      ownerOf: async (t) => embeds.ownerLabel(t),
      shareConfig: () => ({ enabled: true, allowedOrigins: ["https://portal.example"] }),
      mint,
      limit: unlimited,
      log: () => {},
    });

  it("mints for the session's own S2 token, owned by the signed-in user, the token kept out of the link", async () => {
    mint.mockClear();
    const { status, body } = await answer(await share("session-s2-token").create(post(BODY)));
    expect(status).toBe(201);
    const owner = embeds.ownerLabel("session-s2-token");
    expect(mint.mock.calls[0]?.[1]).toEqual({ owner, credential: "session-s2-token", source: "share" });
    expect(owner).not.toContain("session-s2-token");
    expect(JSON.stringify(body)).not.toContain("session-s2-token");
    expect(await embeds.records.listByOwner(owner)).toEqual([
      expect.objectContaining({ id: body.id, spec: expect.objectContaining({ source: "share" }) }),
    ]);
  });

  it("refuses createdBy from the share dialog (the session says who made it)", async () => {
    const { status, body } = await answer(await share("t").create(post({ ...BODY, createdBy: "someone" })));
    expect([status, body.code]).toEqual([422, "invalid"]);
  });

  it("tells a signed-in user whether embedding is configured, and nobody else anything", async () => {
    const request = new Request("https://metrics.example/api/embed/share");
    expect(await answer(await share("t").config(request))).toEqual({
      status: 200,
      body: { enabled: true, allowedOrigins: ["https://portal.example"] },
    });
    expect((await share(null).config(request)).status).toBe(401);
    expect((await share(null).create(post(BODY))).status).toBe(401);
  });
});
