import { describe, expect, it, vi } from "vitest";
import { parseAllowlist } from "./allowed-origins";
import type { EmbedCredential, EmbedMintRequest } from "./contract";
import { embedKeyFromSecret } from "./embed-key";
import { mintEmbed } from "./mint-embed";
import { createMintTokensHandler, createShareHandlers } from "./mint-handlers";

const MINT_SECRET = "unit-test-mint-secret-0123456789abcdefgh";
const NOW = Math.floor(Date.now() / 1000);
const allowlist = parseAllowlist(["https://portal.example"]);

const mint = vi.fn((request: EmbedMintRequest, credential: EmbedCredential, http: Request) =>
  mintEmbed(request, credential, {
    key: embedKeyFromSecret("unit-test-embed-secret-0123456789abcdefgh"),
    allowlist,
    baseUrl: new URL(http.url).origin,
    nowSeconds: NOW,
  }),
);

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
    expect(body.url).toMatch(/^https:\/\/metrics\.example\/embed\/.+\?parent=https%3A%2F%2Fportal\.example$/);
    expect(mint.mock.calls[0]?.[1]).toEqual({ source: "configured" });
    expect(JSON.stringify(body)).not.toContain("server-s2-token");
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
      shareConfig: () => ({ enabled: true, allowedOrigins: ["https://portal.example"] }),
      mint,
      log: () => {},
    });

  it("mints for the session's own S2 token", async () => {
    mint.mockClear();
    const { status } = await answer(await share("session-s2-token").create(post(BODY)));
    expect(status).toBe(201);
    expect(mint.mock.calls[0]?.[1]).toEqual({ source: "token", token: "session-s2-token" });
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
