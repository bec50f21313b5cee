import assert from "node:assert/strict";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetricsQuery } from "@/lib/api/contract";
import { accountMetricsEndpoint, basinMetricsEndpoint, streamMetricsEndpoint } from "@/lib/api/endpoints";
import type { Endpoint } from "@/lib/api/handle";
import type { Level } from "@/lib/s2/contract";
import { openTestEmbedStore, type TestEmbedStore } from "@/lib/testing/embed-test-store";
import { hostileText, oddNumberText } from "@/lib/testing/hostile-input";
import {
  basinName,
  expectSafeAnswer,
  METRICS_QUERY,
  metricsQuery,
  PROPERTY_NOW as NOW,
  type RouteAnswer,
  recordingS2Client,
  StatusTally,
  streamName,
} from "@/lib/testing/route-property-harness";
import { parseAllowlist } from "./allowed-origins";
import { createEmbedMetricsHandler } from "./embed-handler";
import type { EmbedTarget } from "./embed-spec";
import { type Minter, mintEmbed } from "./mint-embed";
import { createMintTokensHandler, createShareHandlers } from "./mint-handlers";
import { type EmbedMintRequest, embedMintRequestSchema } from "./mint-request";

/**
 * The embed routes' parsing against 10,000 generated requests each: the frames' data routes (path, query
 * and `Authorization: Embed` header, with an in-process upstream that records every URL) and the two mint
 * routes (headers and JSON body). Whatever arrives: no 5xx, errors are `{code, message}`, nothing invalid
 * reaches S2 or the minting, and no S2 token comes back in an answer.
 */

const RUNS = 10_000;
const SERVER_S2_TOKEN = "server-side-s2-token";
const SESSION_S2_TOKEN = "session-s2-token";
const MINT_SECRET = "property-test-mint-secret-0123456789abcdef";
const DASHBOARD = "https://metrics.example";
const allowlist = parseAllowlist(["https://portal.example"]);
const BASIN = "prod-events";
const STREAM = "orders/eu-west";

const TARGETS: Record<Level, EmbedTarget> = {
  account: { level: "account" },
  basin: { level: "basin", basin: BASIN },
  stream: { level: "stream", basin: BASIN, stream: STREAM },
};

let embeds: TestEmbedStore;
const unlimited = async () => ({ ok: true as const, giveBack: async () => {} });
const serverMinter: Minter = { owner: "mint-api", credential: SERVER_S2_TOKEN, source: "mint-api" };
const mintDeps = (baseUrl: string) => ({
  records: embeds.records,
  links: embeds.links,
  allowlist,
  baseUrl,
  nowMs: NOW * 1000,
});

async function mintFor(target: EmbedTarget, minter: Minter = serverMinter) {
  const request = embedMintRequestSchema.parse({
    target,
    range: { kind: "relative", seconds: 86_400 },
    rangeChange: { allowed: true, lookbackSeconds: 30 * 86_400 },
  });
  return mintEmbed(request, minter, mintDeps(DASHBOARD));
}

const tokens = {} as Record<Level, string>;
afterAll(async () => {
  await embeds.close();
});
beforeAll(async () => {
  embeds = await openTestEmbedStore({ now: () => NOW * 1000 });
  for (const level of ["account", "basin", "stream"] as const)
    tokens[level] = (await mintFor(TARGETS[level])).token;
});

/** A header value as a client can send one: Latin-1, no NUL, CR or LF (anything else never leaves it). */
const headerSafe = (s: string) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, "");

/** Mostly the right embed token, often another target's, a mangled one, or none. */
const authorizationFor = (level: Level) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(`Embed ${tokens[level]}`) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.values(tokens)).map((t) => `Embed ${t}`) },
    { weight: 1, arbitrary: fc.constant(`Embed ${tokens[level]}`.slice(0, -3)) },
    { weight: 1, arbitrary: hostileText.map((t) => headerSafe(`Embed ${t}`)) },
    { weight: 1, arbitrary: hostileText.map(headerSafe) },
    { weight: 1, arbitrary: fc.constant(null) },
  );

/** The target's own names most of the time, so the generated requests also reach S2. */
const ownOr = (own: string, other: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(own) },
    { weight: 1, arbitrary: other },
    { weight: 1, arbitrary: hostileText },
  );

function embedRoute<P, Q extends MetricsQuery<string>>(
  endpoint: Endpoint<P, Q>,
  targetOf: (path: P) => EmbedTarget,
) {
  const { s2, calls } = recordingS2Client();
  const handler = createEmbedMetricsHandler(endpoint, targetOf, {
    resolve: (token) => embeds.resolver.resolve(token),
    s2: () => s2,
    nowSeconds: () => NOW,
    log: () => {},
  });
  const statuses = new StatusTally();
  const send = async (
    query: string,
    authorization: string | null,
    params?: Record<string, string>,
  ): Promise<RouteAnswer> => {
    calls.length = 0;
    const headers = authorization === null ? undefined : { authorization };
    const request = new Request(`${DASHBOARD}/api/embed/metrics?${query}`, { headers });
    const response = await handler(request, params ? { params: Promise.resolve(params) } : undefined);
    const body = (await response.json()) as Record<string, unknown>;
    statuses.add(response.status);
    assert.ok(!JSON.stringify(body).includes(SERVER_S2_TOKEN), "the S2 token came back");
    return { status: response.status, body, request };
  };
  const expectAllOutcomes = () => {
    expect(statuses.of(200)).toBeGreaterThan(RUNS / 100);
    expect(statuses.of(400, 422)).toBeGreaterThan(RUNS / 20);
    expect(statuses.of(401)).toBeGreaterThan(RUNS / 50);
    expect(statuses.of(403)).toBeGreaterThan(RUNS / 100);
  };
  return { send, calls, expectAllOutcomes };
}

const embedRules = (path: string[]) => ({
  path,
  allowedQuery: METRICS_QUERY,
  authorization: `Bearer ${SERVER_S2_TOKEN}`,
  refusals: [400, 401, 403, 422],
});

describe("every embed data route, given 10,000 generated requests", () => {
  it("account metrics", async () => {
    const { send, calls, expectAllOutcomes } = embedRoute(accountMetricsEndpoint, () => TARGETS.account);
    await fc.assert(
      fc.asyncProperty(metricsQuery("account"), authorizationFor("account"), async (query, authorization) => {
        expectSafeAnswer(await send(query, authorization), calls, embedRules(["metrics"]));
      }),
      { numRuns: RUNS },
    );
    expectAllOutcomes();
  });

  it("basin metrics", async () => {
    const { send, calls, expectAllOutcomes } = embedRoute(basinMetricsEndpoint, ({ basin }) => ({
      level: "basin",
      basin,
    }));
    await fc.assert(
      fc.asyncProperty(
        ownOr(BASIN, basinName),
        metricsQuery("basin"),
        authorizationFor("basin"),
        async (basin, query, authorization) => {
          const result = await send(query, authorization, { basin });
          expectSafeAnswer(result, calls, embedRules(["metrics", basin]));
        },
      ),
      { numRuns: RUNS },
    );
    expectAllOutcomes();
  });

  it("stream metrics", async () => {
    const { send, calls, expectAllOutcomes } = embedRoute(streamMetricsEndpoint, ({ basin, stream }) => ({
      level: "stream",
      basin,
      stream,
    }));
    await fc.assert(
      fc.asyncProperty(
        ownOr(BASIN, basinName),
        ownOr(STREAM, streamName),
        metricsQuery("stream"),
        authorizationFor("stream"),
        async (basin, stream, query, authorization) => {
          const result = await send(query, authorization, { basin, stream });
          expectSafeAnswer(result, calls, embedRules(["metrics", basin, stream]));
        },
      ),
      { numRuns: RUNS },
    );
    expectAllOutcomes();
  });
});

/** Any JSON value, biased toward what a mint body holds: strings, odd numbers, nested objects. */
const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  oddNumberText.map(Number),
  fc.constantFrom(null, true, false, 0, -1, 1e308, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

const validMintBody = fc.record(
  {
    target: fc.constantFrom<EmbedTarget>(...Object.values(TARGETS)),
    range: fc.oneof(
      fc.integer({ min: 1, max: 43_200 }).map((m) => ({ kind: "relative", seconds: m * 60 })),
      fc
        .tuple(fc.integer({ min: NOW - 30 * 86_400, max: NOW }), fc.integer({ min: 60, max: 86_400 }))
        .map(([end, span]) => ({ kind: "fixed", start: end - span, end })),
    ),
    chart: fc.constantFrom("storage", "append-ops", "read-ops", "active-basins"),
    theme: fc.constantFrom("light", "dark", "transparent"),
    expiresInSeconds: fc.integer({ min: 60, max: 30 * 86_400 }),
    title: fc.string({ minLength: 1, maxLength: 40 }),
    parent: fc.constantFrom("https://portal.example", "https://portal.example/", "https://evil.example"),
  },
  { requiredKeys: ["target", "range"] },
);

/** A body close to a valid one (a field swapped, added or dropped), any JSON, or not JSON at all. */
const mintBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: validMintBody.map((b) => JSON.stringify(b)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        validMintBody,
        fc.constantFrom(
          "target",
          "range",
          "chart",
          "theme",
          "title",
          "parent",
          "expiresInSeconds",
          "__proto__",
          "extra",
        ),
        hostileJsonValue,
      )
      .map(([body, field, value]) => JSON.stringify({ ...body, [field]: value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validMintBody, hostileJsonValue)
      .map(([body, basin]) => JSON.stringify({ ...body, target: { level: "basin", basin } })),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: hostileText },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 16_000, max: 40_000 }).map((n) => JSON.stringify({ title: "x".repeat(n) })),
  },
);

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      "text/plain",
      "application/x-www-form-urlencoded",
      "",
    ),
  },
  { weight: 1, arbitrary: hostileText.map(headerSafe) },
);

interface MintAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * The checks every mint answer must pass: no 5xx, refusals are `{code, message}` and minted nothing, a
 * mint happened only for a body the schema accepts, and what was minted frames this dashboard only and
 * carries no S2 token in the clear.
 */
function expectSafeMint(answer: MintAnswer, rawBody: string, minted: number, secretToken: string) {
  assert.ok([201, 400, 401, 403, 413, 422].includes(answer.status), `status ${answer.status}`);
  assert.ok(!JSON.stringify(answer.body).includes(secretToken), "an S2 token came back");
  if (answer.status !== 201) {
    assert.deepEqual(Object.keys(answer.body).sort(), ["code", "message"]);
    assert.equal(minted, 0, "a refused request minted");
    return;
  }
  assert.equal(minted, 1);
  assert.ok(embedMintRequestSchema.safeParse(JSON.parse(rawBody)).success, "an invalid body was minted");
  const url = new URL(String(answer.body.url));
  assert.equal(url.origin, DASHBOARD);
  assert.ok(url.pathname.startsWith("/embed/"), url.pathname);
  const parent = url.searchParams.get("parent");
  assert.ok(parent === null || parent === "https://portal.example", `parent ${parent}`);
}

function counted() {
  let minted = 0;
  // Counted once sealed: mintEmbed itself refuses (422) a parent that is not on the allowlist.
  const mint = async (request: EmbedMintRequest, minter: Minter, http: Request) => {
    const embed = await mintEmbed(request, minter, mintDeps(new URL(http.url).origin));
    minted += 1;
    return embed;
  };
  return {
    mint,
    take: () => {
      const n = minted;
      minted = 0;
      return n;
    },
  };
}

const post = (path: string, body: string, headers: Record<string, string>) =>
  new Request(`${DASHBOARD}${path}`, { method: "POST", headers, body });

describe("the mint routes, given 10,000 generated requests", () => {
  it("POST /api/embed/tokens", async () => {
    const { mint, take } = counted();
    const handler = createMintTokensHandler({
      mintSecret: () => MINT_SECRET,
      configuredS2Token: () => SERVER_S2_TOKEN,
      mint,
      limit: unlimited,
      log: () => {},
    });
    const statuses = new StatusTally();
    const authorization = fc.oneof(
      { weight: 8, arbitrary: fc.constant(`Bearer ${MINT_SECRET}`) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          `Bearer ${MINT_SECRET}x`,
          `Bearer ${MINT_SECRET.slice(1)}`,
          MINT_SECRET,
          "Bearer ",
          "",
        ),
      },
      { weight: 1, arbitrary: hostileText.map((t) => headerSafe(`Bearer ${t}`)) },
    );
    await fc.assert(
      fc.asyncProperty(mintBody, contentType, authorization, async (body, type, auth) => {
        const response = await handler(
          post("/api/embed/tokens", body, { "content-type": type, authorization: auth }),
        );
        const answer = { status: response.status, body: (await response.json()) as Record<string, unknown> };
        statuses.add(answer.status);
        expectSafeMint(answer, body, take(), SERVER_S2_TOKEN);
      }),
      { numRuns: RUNS },
    );
    expect(statuses.of(201)).toBeGreaterThan(RUNS / 20);
    expect(statuses.of(400, 413, 422)).toBeGreaterThan(RUNS / 10);
    expect(statuses.of(401)).toBeGreaterThan(RUNS / 100);
  });

  it("POST /api/embed/share", async () => {
    const { mint, take } = counted();
    const handlers = createShareHandlers({
      getSessionToken: async (request) =>
        request.headers.get("cookie") === "session=ok" ? SESSION_S2_TOKEN : null,
      ownerOf: async (token) => embeds.ownerLabel(token),
      shareConfig: () => ({ enabled: true, allowedOrigins: [...allowlist.origins] }),
      mint,
      limit: unlimited,
      log: () => {},
    });
    const statuses = new StatusTally();
    const cookie = fc.oneof(
      { weight: 8, arbitrary: fc.constant("session=ok") },
      { weight: 1, arbitrary: hostileText.map(headerSafe) },
    );
    await fc.assert(
      fc.asyncProperty(mintBody, contentType, cookie, async (body, type, session) => {
        const response = await handlers.create(
          post("/api/embed/share", body, { "content-type": type, cookie: session }),
        );
        const answer = { status: response.status, body: (await response.json()) as Record<string, unknown> };
        statuses.add(answer.status);
        expectSafeMint(answer, body, take(), SESSION_S2_TOKEN);
      }),
      { numRuns: RUNS },
    );
    expect(statuses.of(201)).toBeGreaterThan(RUNS / 20);
    expect(statuses.of(400, 413, 422)).toBeGreaterThan(RUNS / 10);
    expect(statuses.of(401)).toBeGreaterThan(RUNS / 100);
  });
});
