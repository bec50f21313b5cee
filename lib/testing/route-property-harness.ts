import assert from "node:assert/strict";
import fc from "fast-check";
import {
  INTERVAL_SECONDS,
  INTERVALS,
  type Interval,
  intervalRule,
  type Level,
  MAX_RANGE_SECONDS,
  type Point,
  SETS_BY_LEVEL,
} from "@/lib/s2/contract";
import { createS2Client, type S2Client } from "@/lib/upstream/s2-client";
import { hostileQuery, hostileText, nearlyValidQuery, validOrHostile } from "./hostile-input";

/**
 * Test support shared by the property tests of every metrics route (the signed-in `/api/...` ones and the
 * embed frames' `/api/embed/...` ones): an S2 client whose upstream records every URL it is asked for,
 * the checks every answer must pass, and generators of the queries and names a browser could send.
 */

export const PROPERTY_UPSTREAM = "http://s2.upstream.test";
export const PROPERTY_NOW = Math.floor(Date.now() / 1000);

export interface UpstreamCall {
  url: URL;
  headers: Record<string, string>;
}

const gaugeValues: Point[] = Array.from({ length: 40 }, (_, i) => [PROPERTY_NOW - 7_200 + i * 60, i * 1_000]);
const METRICS_BODY = {
  values: [
    { gauge: { name: "storage", unit: "bytes", values: gaugeValues } },
    { accumulation: { name: "standard", unit: "operations", interval: "minute", values: gaugeValues } },
  ],
};

/** One S2 client per route test, reused across its runs; empty `calls` before each run. */
export function recordingS2Client(basinEndpoint = PROPERTY_UPSTREAM): {
  s2: S2Client;
  calls: UpstreamCall[];
} {
  const calls: UpstreamCall[] = [];
  const s2 = createS2Client({
    accountEndpoint: PROPERTY_UPSTREAM,
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

export interface RouteAnswer {
  status: number;
  body: Record<string, unknown>;
  request: Request;
}

export interface SafeAnswerRules {
  /** The path under `/v1/`, one decoded segment per name. */
  path: string[];
  /** Query parameters the browser may have passed through to S2. */
  allowedQuery: readonly string[];
  /** The `Authorization` header S2 must get. */
  authorization: string;
  /** Statuses a refusal may have; the signed-in routes refuse with 400 or 422 only. */
  refusals?: readonly number[];
  host?: string;
}

/**
 * The checks every generated request must pass: no 5xx, refusals are `{code, message}` and ask S2
 * nothing, and what does go upstream goes to the configured host, under `/v1/`, with each name as exactly
 * one path segment and no query parameter the browser was not allowed to set. Plain `assert` rather than
 * `expect`: it is an order of magnitude cheaper, and fast-check reports the failing input anyway.
 */
export function expectSafeAnswer(result: RouteAnswer, calls: UpstreamCall[], rules: SafeAnswerRules): void {
  const refusals = rules.refusals ?? [400, 422];
  assert.ok(
    result.status === 200 || refusals.includes(result.status),
    `status ${result.status}: ${JSON.stringify(result.body)}`,
  );
  if (result.status !== 200) {
    assert.deepEqual(Object.keys(result.body).sort(), ["code", "message"]);
    assert.equal(typeof result.body.code, "string");
    assert.equal(typeof result.body.message, "string");
    assert.equal(calls.length, 0, "an invalid request went upstream");
    return;
  }
  // A metrics request goes through the query planner (lib/planner), which may cut a range past 30 days
  // into several calls: at most 15 for 13 months. Every call is checked alike.
  assert.ok(calls.length >= 1 && calls.length <= 15, `${calls.length} upstream calls`);
  for (const call of calls) expectSafeCall(result, call, rules);
}

function expectSafeCall(result: RouteAnswer, call: UpstreamCall, rules: SafeAnswerRules): void {
  const { url } = call;
  assert.equal(url.protocol, "http:");
  assert.equal(url.host, rules.host ?? new URL(PROPERTY_UPSTREAM).host);
  assert.equal(url.username + url.password + url.hash, "");
  const segments = url.pathname.split("/").slice(1);
  assert.equal(segments[0], "v1");
  assert.deepEqual(segments.slice(1).map(decodeURIComponent), rules.path);
  // What was built is what any URL parser reads back: no dot segment or separator was resolved away.
  assert.equal(new URL(url.href).pathname, url.pathname);
  const sent = new URL(result.request.url).searchParams;
  for (const [key, value] of url.searchParams) {
    assert.ok(rules.allowedQuery.includes(key), `query parameter ${key} went upstream`);
    if (!PLANNED_PARAMS.includes(key)) assert.equal(value, sent.get(key));
  }
  if (sent.has("start")) expectPlannedWindow(url.searchParams, sent);
  for (const name of Object.keys(call.headers)) {
    assert.ok(["authorization", "accept", "s2-basin"].includes(name), `header ${name} went upstream`);
  }
  assert.equal(call.headers.authorization, rules.authorization);
}

const PLANNED_PARAMS = ["start", "end", "interval"];

/**
 * The planner's freedom, and no more: a window inside the sent range (its start moved down at most to the
 * day's boundary, for an accumulation fetched by a coarser interval), at most S2's 30 days, at the sent
 * interval or a coarser one.
 */
function expectPlannedWindow(call: URLSearchParams, sent: URLSearchParams): void {
  const start = Number(call.get("start"));
  const end = Number(call.get("end"));
  assert.ok(
    start >= Number(sent.get("start")) - 86_400 && end <= Number(sent.get("end")),
    "window outside the range",
  );
  assert.ok(start <= end && end - start <= MAX_RANGE_SECONDS, "window longer than S2 takes");
  const asked = sent.get("interval");
  const given = call.get("interval");
  if (asked !== null) {
    assert.ok(given !== null && INTERVAL_SECONDS[given as Interval] >= INTERVAL_SECONDS[asked as Interval]);
  }
}

/** Counts answers by status, to show a property reached both refusals and forwarded requests. */
export class StatusTally {
  readonly counts = new Map<number, number>();
  add(status: number): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + 1);
  }
  of(...statuses: number[]): number {
    return statuses.reduce((sum, s) => sum + (this.counts.get(s) ?? 0), 0);
  }
}

export const METRICS_QUERY = ["set", "start", "end", "interval"] as const;
export const LIST_QUERY = ["prefix", "start_after", "limit"] as const;

const nearNow = fc.integer({ min: PROPERTY_NOW - 40 * 86_400, max: PROPERTY_NOW + 200 }).map(String);
const validMetricsQuery = (level: Level) =>
  fc
    .record({
      set: fc.constantFrom(...SETS_BY_LEVEL[level]),
      end: fc.integer({ min: PROPERTY_NOW - 30 * 86_400, max: PROPERTY_NOW + 30 }),
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

/** A metrics query for `level`: nearly valid (one value swapped for hostile text) or hostile throughout. */
export const metricsQuery = (level: Level) =>
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

export const listQuery = (namePart: fc.Arbitrary<string>) =>
  hostileQuery({
    prefix: validOrHostile(namePart),
    start_after: validOrHostile(namePart),
    limit: validOrHostile(fc.integer({ min: -5, max: 1_200 }).map(String)),
  });

export const basinName = fc.stringMatching(/^[a-z0-9][a-z0-9-]{6,46}[a-z0-9]$/);
export const basinParam = fc.oneof(
  { weight: 4, arbitrary: basinName },
  { weight: 1, arbitrary: hostileText },
);
export const streamName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
  fc.constantFrom("orders/eu-west", "a b", "événements-bruts", "../x", "%2F", ".../", "?set=storage"),
  fc.constantFrom("\ud800", "a\udc00", "\udbff\ud800x"),
);
export const streamParam = fc.oneof(
  { weight: 4, arbitrary: streamName },
  { weight: 1, arbitrary: hostileText },
);
