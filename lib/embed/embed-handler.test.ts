import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { basinMetricsEndpoint, streamMetricsEndpoint } from "@/lib/api/endpoints";
import { openTestEmbedStore, type TestEmbedStore } from "@/lib/testing/embed-test-store";
import { type FakeUpstream, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import { createS2Client, type S2Client } from "@/lib/upstream/s2-client";
import { parseAllowlist } from "./allowed-origins";
import { createEmbedMetricsHandler } from "./embed-handler";
import { type Minter, mintEmbed } from "./mint-embed";
import { type EmbedMintInput, embedMintRequestSchema } from "./mint-request";

const NOW = Math.floor(Date.now() / 1000);
const HOUR = NOW - (NOW % 3_600);
const START = HOUR - 86_400;
const BARS = {
  values: [{ accumulation: { name: "standard", unit: "operations", interval: "hour", values: [] } }],
};

let upstream: FakeUpstream;
let s2: S2Client;
let clock = NOW * 1000;
let embeds: TestEmbedStore;
beforeAll(async () => {
  embeds = await openTestEmbedStore({ now: () => clock });
});
afterAll(async () => {
  await embeds.close();
});

beforeEach(async () => {
  upstream = await startFakeUpstream((_, res) => sendJson(res, 200, BARS));
  s2 = createS2Client({
    accountEndpoint: upstream.url,
    basinEndpoint: upstream.url,
    timeoutMs: 2_000,
    cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
    log: () => {},
  });
  clock = NOW * 1000;
});

afterEach(async () => {
  await upstream.close();
});

const deps = () => ({
  resolve: (token: string) => embeds.resolver.resolve(token),
  s2: () => s2,
  nowSeconds: () => NOW,
  log: () => {},
});

const basinHandler = () =>
  createEmbedMetricsHandler(basinMetricsEndpoint, ({ basin }) => ({ level: "basin", basin }), deps());

async function mint(
  input: Partial<EmbedMintInput> = {},
  minter: Minter = { owner: "mint-api", credential: "server-side-s2-token", source: "mint-api" },
) {
  const request = embedMintRequestSchema.parse({
    target: { level: "basin", basin: "prod-events" },
    chart: "append-ops",
    range: { kind: "fixed", start: START, end: HOUR },
    ...input,
  });
  const minted = await mintEmbed(request, minter, {
    records: embeds.records,
    links: embeds.links,
    allowlist: parseAllowlist(["https://portal.example"]),
    baseUrl: "https://metrics.example",
    nowMs: clock,
  });
  return minted;
}

async function get(path: string, params: Record<string, string>, authorization?: string) {
  const headers = authorization === undefined ? undefined : { authorization };
  const response = await basinHandler()(new Request(`http://dashboard.test${path}`, { headers }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const appendOps = (basin = "prod-events", start = START, end = HOUR) =>
  `/api/embed/metrics/${basin}?set=append-ops&start=${start}&end=${end}&interval=hour`;

describe("the embed data route", () => {
  it("answers what the token names, with the configured S2 token upstream", async () => {
    const { token } = await mint();
    const { status, body } = await get(appendOps(), { basin: "prod-events" }, `Embed ${token}`);
    expect(status).toBe(200);
    expect(body).toEqual(BARS);
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]?.headers.authorization).toBe("Bearer server-side-s2-token");
    expect(upstream.requests[0]?.target).toContain("/v1/metrics/prod-events?set=append-ops");
  });

  it("sends the author's own S2 token when the embed was shared by them", async () => {
    const { token } = await mint({}, { owner: "alice", credential: "authors-s2-token", source: "share" });
    await get(appendOps(), { basin: "prod-events" }, `Embed ${token}`);
    expect(upstream.requests[0]?.headers.authorization).toBe("Bearer authors-s2-token");
  });

  it("answers 403 permission_denied for another basin, set or range, and asks S2 nothing", async () => {
    const { token } = await mint();
    const cases = [
      [appendOps("staging-events"), { basin: "staging-events" }],
      [appendOps().replace("append-ops", "read-ops"), { basin: "prod-events" }],
      [appendOps("prod-events", START - 3_600, HOUR), { basin: "prod-events" }],
    ] as const;
    for (const [path, params] of cases) {
      const { status, body } = await get(path, params, `Embed ${token}`);
      expect([status, body.code], path).toEqual([403, "permission_denied"]);
      expect(typeof body.message).toBe("string");
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers 401 for a missing, malformed, tampered, expired or revoked token", async () => {
    const { token, id } = await mint({ expiresInSeconds: 60 });
    const tampered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    for (const authorization of [undefined, "Bearer x", `Embed`, "Embed not-a-token", `Embed ${tampered}`]) {
      const { status, body } = await get(appendOps(), { basin: "prod-events" }, authorization);
      expect([status, body.code], String(authorization)).toEqual([401, "authn"]);
    }
    clock += 60_000;
    const expired = await get(appendOps(), { basin: "prod-events" }, `Embed ${token}`);
    expect([expired.status, expired.body.message]).toEqual([401, expect.stringMatching(/expired/)]);
    clock = NOW * 1000;
    await embeds.records.revoke(id);
    embeds.resolver.forget(id);
    const { status, body } = await get(appendOps(), { basin: "prod-events" }, `Embed ${token}`);
    expect([status, body.message]).toEqual([401, expect.stringMatching(/revoked/)]);
    expect(upstream.requests).toHaveLength(0);
  });

  it("validates first, with the dashboard's own schemas", async () => {
    const { token } = await mint();
    const { status, body } = await get(
      "/api/embed/metrics/prod-events?set=nope&start=1&end=2",
      { basin: "prod-events" },
      `Embed ${token}`,
    );
    expect([status, body.code]).toEqual([400, "bad_query"]);
  });

  it("passes S2's refusal on (a revoked S2 token is the end of its embeds)", async () => {
    upstream.respond((_, res) => sendJson(res, 401, { code: "authn", message: "token revoked" }));
    const { token } = await mint();
    const { status, body } = await get(appendOps(), { basin: "prod-events" }, `Embed ${token}`);
    expect([status, body.code]).toEqual([401, "authn"]);
  });

  it("checks the stream of a stream embed, names decoded", async () => {
    const { token } = await mint({
      target: { level: "stream", basin: "prod-events", stream: "orders/eu-west" },
      chart: "storage",
    });
    const handler = createEmbedMetricsHandler(
      streamMetricsEndpoint,
      ({ basin, stream }) => ({ level: "stream", basin, stream }),
      deps(),
    );
    const call = (stream: string) =>
      handler(
        new Request(`http://dashboard.test/x?set=storage&start=${START}&end=${HOUR}&interval=minute`, {
          headers: { authorization: `Embed ${token}` },
        }),
        { params: Promise.resolve({ basin: "prod-events", stream }) },
      );
    expect((await call("orders/eu-west")).status).toBe(200);
    expect((await call("orders/us-east")).status).toBe(403);
  });
});
