import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INTERVALS, intervalRule, type Level, type Point, SETS_BY_LEVEL } from "@/lib/s2/contract";
import { createS2Client } from "@/lib/upstream/s2-client";
import {
  accountMetricsEndpoint,
  basinMetricsEndpoint,
  listBasinsEndpoint,
  listStreamsEndpoint,
  streamMetricsEndpoint,
} from "./endpoints";
import { createHandler, type Endpoint } from "./handle";
import { hostileQuery, hostileText, nearlyValidQuery, validOrHostile } from "./hostile-input";

/**
 * Every route's parsing against 10,000 generated requests each, at the handler level with an in-process
 * upstream that records every URL it is asked for. Whatever arrives: no 5xx, errors are `{code, message}`,
 * nothing invalid goes upstream, and what does go upstream goes to the configured host, under `/v1/`, with
 * each name as exactly one path segment and no query parameter the browser was not allowed to set.
 */

const RUNS = 10_000;
const UPSTREAM = "http://s2.upstream.test";
const NOW = Math.floor(Date.now() / 1000);
const TOKEN = "property-test-token";

interface Call {
  url: URL;
  headers: Record<string, string>;
}

const gaugeValues: Point[] = Array.from({ length: 40 }, (_, i) => [NOW - 7_200 + i * 60, i * 1_000]);
const METRICS_BODY = {
  values: [
    { gauge: { name: "storage", unit: "bytes", values: gaugeValues } },
    { accumulation: { name: "standard", unit: "operations", interval: "minute", values: gaugeValues } },
  ],
};

/** One S2 client per route test, reused across its runs; `calls` is emptied before each run. */
function harness(basinEndpoint = UPSTREAM) {
  const calls: Call[] = [];
  const s2 = createS2Client({
    accountEndpoint: UPSTREAM,
    basinEndpoint,
    timeoutMs: 5_000,
    cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
    log: () => {},
    fetchDeps: {
      fetch: async (input, init) => {
        const url = new URL(String(input));
        calls.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
        const body = url.pathname.startsWith("/v1/metrics")
          ? METRICS_BODY
          : url.pathname === "/v1/basins"
            ? { basins: [], has_more: false }
            : { streams: [], has_more: false };
        return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
      },
    },
  });
  return { s2, calls };
}

function route<P, Q>(endpoint: Endpoint<P, Q>, basinEndpoint?: string) {
  const { s2, calls } = harness(basinEndpoint);
  const handler = createHandler(endpoint, {
    getSessionToken: async () => TOKEN,
    s2: () => s2,
    log: () => {},
  });
  const statuses = new Map<number, number>();
  const send = async (query: string, params?: Record<string, string>) => {
    calls.length = 0;
    const request = new Request(`http://dashboard.test/api/x?${query}`);
    const response = await handler(request, params ? { params: Promise.resolve(params) } : undefined);
    const body = (await response.json()) as Record<string, unknown>;
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return { status: response.status, body, request };
  };
  /** The generators must reach both sides: refusals and forwarded requests. */
  const expectBothOutcomes = () => {
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 100);
    expect((statuses.get(400) ?? 0) + (statuses.get(422) ?? 0)).toBeGreaterThan(RUNS / 10);
  };
  return { send, calls, expectBothOutcomes };
}

type Sent = Awaited<ReturnType<ReturnType<typeof route>["send"]>>;

/**
 * The checks every generated request must pass. Plain `assert` rather than `expect` inside the
 * properties: it is an order of magnitude cheaper, and fast-check reports the failing input anyway.
 */
function expectSafe(
  result: Sent,
  calls: Call[],
  expected: { path: string[]; allowedQuery: readonly string[]; host?: string },
) {
  assert.ok(
    [200, 400, 422].includes(result.status),
    `status ${result.status}: ${JSON.stringify(result.body)}`,
  );
  if (result.status !== 200) {
    assert.deepEqual(Object.keys(result.body).sort(), ["code", "message"]);
    assert.equal(typeof result.body.code, "string");
    assert.equal(typeof result.body.message, "string");
    assert.equal(calls.length, 0, "an invalid request went upstream");
    return;
  }
  assert.equal(calls.length, 1);
  const [call] = calls as [Call];
  const { url } = call;
  assert.equal(url.protocol, "http:");
  assert.equal(url.host, expected.host ?? new URL(UPSTREAM).host);
  assert.equal(url.username + url.password + url.hash, "");
  const segments = url.pathname.split("/").slice(1);
  assert.equal(segments[0], "v1");
  assert.deepEqual(segments.slice(1).map(decodeURIComponent), expected.path);
  // What was built is what any URL parser reads back: no dot segment or separator was resolved away.
  assert.equal(new URL(url.href).pathname, url.pathname);
  const sent = new URL(result.request.url).searchParams;
  for (const [key, value] of url.searchParams) {
    assert.ok(expected.allowedQuery.includes(key), `query parameter ${key} went upstream`);
    assert.equal(value, sent.get(key));
  }
  for (const name of Object.keys(call.headers)) {
    assert.ok(["authorization", "accept", "s2-basin"].includes(name), `header ${name} went upstream`);
  }
  assert.equal(call.headers.authorization, `Bearer ${TOKEN}`);
}

const nearNow = fc.integer({ min: NOW - 40 * 86_400, max: NOW + 200 }).map(String);
const validMetricsQuery = (level: Level) =>
  fc
    .record({
      set: fc.constantFrom(...SETS_BY_LEVEL[level]),
      end: fc.integer({ min: NOW - 30 * 86_400, max: NOW + 30 }),
      span: fc.integer({ min: 0, max: 31 * 86_400 }),
      interval: fc.nat(),
      points: fc.option(fc.integer({ min: 1, max: 12_000 })),
    })
    .map(({ set, end, span, interval, points }) => {
      const allowed = intervalRule(level, set)?.allowed ?? INTERVALS;
      const chosen = interval % (allowed.length + 1);
      return {
        set,
        start: String(end - span),
        end: String(end),
        ...(chosen === allowed.length ? {} : { interval: allowed[chosen] as string }),
        ...(points === null ? {} : { points: String(points) }),
      };
    });
const metricsQuery = (level: Level) =>
  fc.oneof(
    { weight: 2, arbitrary: nearlyValidQuery(validMetricsQuery(level)) },
    hostileQuery({
      set: validOrHostile(fc.constantFrom(...SETS_BY_LEVEL[level])),
      start: validOrHostile(nearNow),
      end: validOrHostile(nearNow),
      interval: validOrHostile(fc.constantFrom(...INTERVALS)),
      points: validOrHostile(fc.integer({ min: 1, max: 20_000 }).map(String)),
    }),
  );
const listQuery = (namePart: fc.Arbitrary<string>) =>
  hostileQuery({
    prefix: validOrHostile(namePart),
    start_after: validOrHostile(namePart),
    limit: validOrHostile(fc.integer({ min: -5, max: 1_200 }).map(String)),
  });

const basinName = fc.stringMatching(/^[a-z0-9][a-z0-9-]{6,46}[a-z0-9]$/);
const basinParam = fc.oneof({ weight: 4, arbitrary: basinName }, { weight: 1, arbitrary: hostileText });
const streamName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
  fc.constantFrom("orders/eu-west", "a b", "événements-bruts", "../x", "%2F", ".../", "?set=storage"),
  fc.constantFrom("\ud800", "a\udc00", "\udbff\ud800x"),
);
const streamParam = fc.oneof({ weight: 4, arbitrary: streamName }, { weight: 1, arbitrary: hostileText });
const METRICS_QUERY = ["set", "start", "end", "interval"] as const;
const LIST_QUERY = ["prefix", "start_after", "limit"] as const;

describe("every /api route, given 10,000 generated requests", () => {
  it("account metrics", async () => {
    const account = route(accountMetricsEndpoint);
    await fc.assert(
      fc.asyncProperty(metricsQuery("account"), async (query) => {
        const result = await account.send(query);
        expectSafe(result, account.calls, { path: ["metrics"], allowedQuery: METRICS_QUERY });
      }),
      { numRuns: RUNS },
    );
    account.expectBothOutcomes();
  });

  it("basin metrics", async () => {
    const { send, calls, expectBothOutcomes } = route(basinMetricsEndpoint);
    await fc.assert(
      fc.asyncProperty(basinParam, metricsQuery("basin"), async (basin, query) => {
        const result = await send(query, { basin });
        expectSafe(result, calls, { path: ["metrics", basin], allowedQuery: METRICS_QUERY });
      }),
      { numRuns: RUNS },
    );
    expectBothOutcomes();
  });

  it("stream metrics", async () => {
    const { send, calls, expectBothOutcomes } = route(streamMetricsEndpoint);
    await fc.assert(
      fc.asyncProperty(basinParam, streamParam, metricsQuery("stream"), async (basin, stream, query) => {
        const result = await send(query, { basin, stream });
        expectSafe(result, calls, { path: ["metrics", basin, stream], allowedQuery: METRICS_QUERY });
      }),
      { numRuns: RUNS },
    );
    expectBothOutcomes();
  });

  it("basin listing", async () => {
    const { send, calls, expectBothOutcomes } = route(listBasinsEndpoint);
    await fc.assert(
      fc.asyncProperty(listQuery(fc.stringMatching(/^[a-z0-9-]{0,10}$/)), async (query) => {
        const result = await send(query);
        expectSafe(result, calls, { path: ["basins"], allowedQuery: LIST_QUERY });
      }),
      { numRuns: RUNS },
    );
    expectBothOutcomes();
  });

  it("stream listing, with the basin as a host label", async () => {
    const { send, calls, expectBothOutcomes } = route(listStreamsEndpoint, "http://{basin}.basins.test");
    await fc.assert(
      fc.asyncProperty(basinParam, listQuery(streamName), async (basin, query) => {
        const result = await send(query, { basin });
        expectSafe(result, calls, {
          path: ["streams"],
          allowedQuery: LIST_QUERY,
          host: `${basin}.basins.test`,
        });
      }),
      { numRuns: RUNS },
    );
    expectBothOutcomes();
  });

  it("stream listing, with the basin in the s2-basin header", async () => {
    const { send, calls } = route(listStreamsEndpoint);
    await fc.assert(
      fc.asyncProperty(basinParam, listQuery(streamName), async (basin, query) => {
        const result = await send(query, { basin });
        expectSafe(result, calls, { path: ["streams"], allowedQuery: LIST_QUERY });
        if (result.status === 200) assert.equal(calls[0]?.headers["s2-basin"], basin);
      }),
      { numRuns: RUNS / 5 },
    );
  });

  it("hostile text really is hostile: it covers dot segments, separators and other hosts", () => {
    const samples = fc.sample(hostileText, 5_000);
    for (const needle of ["..", "%2F", "//evil.example", "\u0000"]) {
      expect(samples.some((s) => s.includes(needle))).toBe(true);
    }
  });
});

describe("inputs the properties once found", () => {
  it("a valid basin name that is not a valid host label is a 400, not a 500", async () => {
    const { send, calls } = route(listStreamsEndpoint, "http://{basin}.basins.test");
    const result = await send("", { basin: "xn---a-0a" });
    expect([result.status, result.body.code, calls.length]).toEqual([400, "bad_path", 0]);
  });

  it("a stream name with a lone surrogate is a 400, not a 500", async () => {
    const { send, calls } = route(streamMetricsEndpoint);
    const result = await send(`set=storage&start=${NOW - 600}&end=${NOW}`, {
      basin: "prod-events",
      stream: "a\ud800",
    });
    expect([result.status, result.body.code, calls.length]).toEqual([400, "bad_path", 0]);
  });
});
