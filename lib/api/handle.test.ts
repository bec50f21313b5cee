import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type FakeUpstream, refusedUrl, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import { createS2Client, type S2Client } from "@/lib/upstream/s2-client";
import { noPathSchema } from "./contract";
import {
  accountMetricsEndpoint,
  basinMetricsEndpoint,
  listBasinsEndpoint,
  listStreamsEndpoint,
  streamMetricsEndpoint,
} from "./endpoints";
import { createHandler, defineEndpoint, type Endpoint } from "./handle";

const TOKEN = "session-s2-token";
const NOW = Math.floor(Date.now() / 1000);
const HOUR = NOW - (NOW % 3_600);
const GAUGE = { values: [{ gauge: { name: "storage", unit: "bytes", values: [[HOUR - 3_600, 10]] } }] };
const storageQuery = `set=storage&start=${HOUR - 7_200}&end=${HOUR}&interval=hour`;
const activeBasinsQuery = `set=active-basins&start=${NOW - 3_600}&end=${NOW}`;

let upstream: FakeUpstream;
let s2: S2Client;

beforeEach(async () => {
  upstream = await startFakeUpstream((_, res) => sendJson(res, 200, GAUGE));
  s2 = createS2Client({
    accountEndpoint: upstream.url,
    basinEndpoint: upstream.url,
    timeoutMs: 2_000,
    retry: { baseDelayMs: 5, maxDelayMs: 10 },
    cache: { maxEntries: 100, maxBytes: 1_000_000, ttlMs: 60_000 },
    log: () => {},
  });
});

afterEach(async () => {
  await upstream.close();
});

interface CallOptions {
  params?: Record<string, string>;
  token?: string | null;
  client?: S2Client;
}

async function call<P, Q>(endpoint: Endpoint<P, Q>, target: string, options: CallOptions = {}) {
  let sessionsEnded = 0;
  const handler = createHandler(endpoint, {
    getSessionToken: async () => (options.token === undefined ? TOKEN : options.token),
    s2: () => options.client ?? s2,
    endSession: () => {
      sessionsEnded += 1;
    },
    log: () => {},
  });
  // Like Next, a route without dynamic segments gets no params.
  const context = options.params ? { params: Promise.resolve(options.params) } : undefined;
  const response = await handler(new Request(`http://dashboard.test${target}`), context);
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, body, headers: response.headers, sessionsEnded };
}

function expectErrorShape(body: Record<string, unknown>) {
  expect(Object.keys(body).sort()).toEqual(["code", "message"]);
  expect(typeof body.code).toBe("string");
  expect(typeof body.message).toBe("string");
}

describe("each route answers 200 with the validated upstream data", () => {
  it("account metrics", async () => {
    upstream.respond((_, res) =>
      sendJson(res, 200, { values: [{ label: { name: "active", values: ["prod-events"] } }] }),
    );
    const { status, body } = await call(accountMetricsEndpoint, `/api/metrics?${activeBasinsQuery}`);
    expect(status).toBe(200);
    expect(body).toEqual({ values: [{ label: { name: "active", values: ["prod-events"] } }] });
    expect(upstream.requests[0]?.target).toBe(`/v1/metrics?${activeBasinsQuery}`);
  });

  it("basin metrics", async () => {
    const { status, body, headers } = await call(
      basinMetricsEndpoint,
      `/api/metrics/prod-events?${storageQuery}`,
      {
        params: { basin: "prod-events" },
      },
    );
    expect([status, body]).toEqual([200, GAUGE]);
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(upstream.requests[0]?.target).toBe(`/v1/metrics/prod-events?${storageQuery}`);
  });

  it("stream metrics, with the stream name encoded as one segment", async () => {
    const query = `set=storage&start=${NOW - 600}&end=${NOW}&interval=minute`;
    for (const [stream, encoded] of [
      ["a/b c", "a%2Fb%20c"],
      ["../x", "..%2Fx"],
      ["?set=account-ops", "%3Fset%3Daccount-ops"],
    ]) {
      upstream.requests.length = 0;
      const { status } = await call(streamMetricsEndpoint, `/api/metrics/prod-events/x?${query}`, {
        params: { basin: "prod-events", stream: stream ?? "" },
      });
      expect(status).toBe(200);
      expect(upstream.requests[0]?.target).toBe(`/v1/metrics/prod-events/${encoded}?${query}`);
    }
  });

  it("basin listing", async () => {
    const listing = {
      basins: [{ name: "prod-events", created_at: "2025-01-01T00:00:00Z" }],
      has_more: false,
    };
    upstream.respond((_, res) => sendJson(res, 200, listing));
    const { status, body } = await call(
      listBasinsEndpoint,
      "/api/basins?prefix=prod-&start_after=prod-a&limit=2",
    );
    // S2's listing without `location` (nor the older `scope`): passed on with `location: null`.
    const basins = listing.basins.map((b) => ({ ...b, location: null }));
    expect([status, body]).toEqual([200, { ...listing, basins }]);
    expect(upstream.requests[0]?.target).toBe("/v1/basins?prefix=prod-&start_after=prod-a&limit=2");
  });

  it("stream listing, naming the basin by header", async () => {
    const listing = {
      streams: [{ name: "a/b", created_at: "2025-01-01T00:00:00Z", deleted_at: null }],
      has_more: true,
    };
    upstream.respond((_, res) => sendJson(res, 200, listing));
    const { status, body } = await call(
      listStreamsEndpoint,
      "/api/basins/prod-events/streams?prefix=a%2F&limit=1",
      {
        params: { basin: "prod-events" },
      },
    );
    expect([status, body]).toEqual([200, listing]);
    expect(upstream.requests[0]?.target).toBe("/v1/streams?prefix=a%2F&limit=1");
    expect(upstream.requests[0]?.headers["s2-basin"]).toBe("prod-events");
  });
});

describe("invalid input is refused before it reaches S2", () => {
  const badQueries: [string, number, string][] = [
    [`set=storage&start=${NOW - 60}&end=${NOW}`, 400, "bad_query"], // storage is not an account set
    [`set=active-basins&start=${NOW - 60}&end=${NOW}&foo=1`, 400, "bad_query"],
    [`set=active-basins&set=account-ops&start=${NOW - 60}&end=${NOW}`, 400, "bad_query"],
    [`set=active-basins&start=${NOW - 60}&start=${NOW - 30}&end=${NOW}`, 400, "bad_query"],
    [`set=active-basins&start=1.5&end=${NOW}`, 400, "bad_query"],
    [`set=active-basins&start=${(NOW - 60) * 1000}&end=${NOW}`, 400, "bad_query"], // milliseconds
    [`set=active-basins&start=-5&end=${NOW}`, 400, "bad_query"],
    [`set=active-basins&start=%201&end=${NOW}`, 400, "bad_query"],
    [`set=account-ops&start=${NOW - 60}&end=${NOW}&interval=week`, 400, "bad_query"],
    [`set=active-basins&start=${NOW}&end=${NOW - 60}`, 422, "invalid"],
    [`set=active-basins&start=${NOW - 397 * 86_400}&end=${NOW}`, 422, "invalid"], // past 13 months
    [`set=active-basins&start=${NOW}&end=${NOW + 3_600}`, 422, "invalid"],
    [`set=active-basins&end=${NOW}`, 422, "invalid"],
    ["set=account-ops", 422, "invalid"],
  ];

  it.each(badQueries)("account metrics ?%s -> %i %s", async (query, status, code) => {
    const result = await call(accountMetricsEndpoint, `/api/metrics?${query}`);
    expect([result.status, result.body.code]).toEqual([status, code]);
    expectErrorShape(result.body);
    expect(upstream.requests).toHaveLength(0);
  });

  it("refuses an interval the set does not take with 422", async () => {
    const minute = `set=storage&start=${NOW - 7_200}&end=${NOW}&interval=minute`;
    const basin = await call(basinMetricsEndpoint, `/api/metrics/prod-events?${minute}`, {
      params: { basin: "prod-events" },
    });
    expect([basin.status, basin.body.code]).toEqual([422, "invalid"]);
    const hour = `set=storage&start=${NOW - 7_200}&end=${NOW}&interval=hour`;
    const stream = await call(streamMetricsEndpoint, `/api/metrics/prod-events/s?${hour}`, {
      params: { basin: "prod-events", stream: "s" },
    });
    expect([stream.status, stream.body.code]).toEqual([422, "invalid"]);
    expect(upstream.requests).toHaveLength(0);
  });

  it.each([["Prod-Events"], ["short"], ["-leading-dash"], ["evil.example"], ["a".repeat(49)]])(
    "refuses the basin name %s with 400 bad_path",
    async (basin) => {
      const { status, body } = await call(basinMetricsEndpoint, `/api/metrics/x?${storageQuery}`, {
        params: { basin },
      });
      expect([status, body.code]).toEqual([400, "bad_path"]);
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it.each([["."], [".."], [""], ["x".repeat(513)], ["é".repeat(257)]])(
    "refuses the stream name %j with 400 bad_path",
    async (stream) => {
      const query = `set=storage&start=${NOW - 600}&end=${NOW}`;
      const { status, body } = await call(streamMetricsEndpoint, `/api/metrics/prod-events/x?${query}`, {
        params: { basin: "prod-events", stream },
      });
      expect([status, body.code]).toEqual([400, "bad_path"]);
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it.each([
    ["/api/basins?limit=0"],
    ["/api/basins?limit=1001"],
    ["/api/basins?limit=ten"],
    ["/api/basins?prefix=UPPER"],
    ["/api/basins?cursor=x"],
    ["/api/basins?limit=1&limit=2"],
    ["/api/basins?__proto__=x"],
    ["/api/basins?constructor=x"],
  ])("refuses the listing %s with 400", async (target) => {
    const { status, body } = await call(listBasinsEndpoint, target);
    expect([status, body.code]).toEqual([400, "bad_query"]);
    expect(upstream.requests).toHaveLength(0);
  });

  it("checks input before the session, so a bad request from a signed-out browser is still a 400", async () => {
    const { status } = await call(listBasinsEndpoint, "/api/basins?limit=0", { token: null });
    expect(status).toBe(400);
  });
});

describe("errors", () => {
  it("answers 401 without a session, calls nothing upstream, and ends the session", async () => {
    const { status, body, sessionsEnded } = await call(listBasinsEndpoint, "/api/basins", { token: null });
    expect([status, body.code]).toEqual([401, "authn"]);
    expect(sessionsEnded).toBe(1);
    expect(upstream.requests).toHaveLength(0);
  });

  it("ends the session when S2 answers 401 for its token", async () => {
    upstream.respond((_, res) => sendJson(res, 401, { code: "authn", message: "token expired" }));
    const { status, body, sessionsEnded } = await call(listBasinsEndpoint, "/api/basins");
    expect([status, body]).toEqual([401, { code: "authn", message: "token expired" }]);
    expect(sessionsEnded).toBe(1);
  });

  it.each([
    [403, "permission_denied", "basin prod-events is outside the token's scope"],
    [404, "basin_not_found", "basin not found"],
    [422, "invalid", "range too long"],
  ])("passes an upstream %i %s through", async (status, code, message) => {
    upstream.respond((_, res) => sendJson(res, status, { code, message }));
    const result = await call(listStreamsEndpoint, "/api/basins/prod-events/streams", {
      params: { basin: "prod-events" },
    });
    expect([result.status, result.body]).toEqual([status, { code, message }]);
    expect(result.sessionsEnded).toBe(0);
  });

  it("answers 504 gateway_timeout for S2's 408 request_timeout (lib/upstream/README.md)", async () => {
    upstream.respond((_, res) => sendJson(res, 408, { code: "request_timeout", message: "S2 gave up" }));
    const { status, body } = await call(listBasinsEndpoint, "/api/basins");
    expect([status, body.code]).toEqual([504, "gateway_timeout"]);
  });

  it("passes 429 through with Retry-After", async () => {
    upstream.respond((_, res) =>
      sendJson(res, 429, { code: "rate_limited", message: "slow" }, { "retry-after": "3" }),
    );
    const { status, body, headers } = await call(listBasinsEndpoint, "/api/basins");
    expect([status, body.code, headers.get("retry-after")]).toEqual([429, "rate_limited", "3"]);
  });

  it("answers 502 for malformed upstream JSON and for a shape outside the contract", async () => {
    upstream.respond((_, res) => sendJson(res, 200, '{"values": [ oops'));
    const malformed = await call(accountMetricsEndpoint, `/api/metrics?${activeBasinsQuery}`);
    expect([malformed.status, malformed.body.code]).toEqual([502, "bad_gateway"]);
    expectErrorShape(malformed.body);
    upstream.respond((_, res) => sendJson(res, 200, { values: [{ histogram: {} }] }));
    const wrongShape = await call(accountMetricsEndpoint, `/api/metrics?${activeBasinsQuery}`);
    expect([wrongShape.status, wrongShape.body.code]).toEqual([502, "bad_gateway"]);
  });

  it("answers 502 when S2 cannot be reached", async () => {
    const unreachable = createS2Client({
      accountEndpoint: await refusedUrl(),
      basinEndpoint: upstream.url,
      timeoutMs: 1_000,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
      log: () => {},
    });
    const { status, body } = await call(listBasinsEndpoint, "/api/basins", { client: unreachable });
    expect([status, body.code]).toEqual([502, "bad_gateway"]);
  });

  it("answers 504 when S2 does not answer in time", async () => {
    upstream.respond(() => {
      // Never answers.
    });
    const slow = createS2Client({
      accountEndpoint: upstream.url,
      basinEndpoint: upstream.url,
      timeoutMs: 150,
      cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
      log: () => {},
    });
    const { status, body } = await call(listBasinsEndpoint, "/api/basins", { client: slow });
    expect([status, body.code]).toEqual([504, "gateway_timeout"]);
  });

  it("answers 500 with a generic message when something unexpected breaks, and logs the detail", async () => {
    const logged: string[] = [];
    const handler = createHandler(listBasinsEndpoint, {
      getSessionToken: async () => TOKEN,
      s2: () => {
        throw new Error("secret internal detail");
      },
      log: (event, detail) => logged.push(`${event} ${JSON.stringify(detail)}`),
    });
    const response = await handler(new Request("http://dashboard.test/api/basins"), {
      params: Promise.resolve({}),
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret internal detail");
    expect(logged.join()).toContain("secret internal detail");
  });
});

describe("concurrency", () => {
  it("sends one upstream call for 25 identical concurrent requests", async () => {
    upstream.respond(async (_, res) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sendJson(res, 200, GAUGE);
    });
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        call(basinMetricsEndpoint, `/api/metrics/prod-events?${storageQuery}`, {
          params: { basin: "prod-events" },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(25).fill(200));
    expect(upstream.requests).toHaveLength(1);
  });
});

describe("a call that answers a Response (a streamed export)", () => {
  const streamed = defineEndpoint({
    path: noPathSchema,
    query: z.object({}),
    call: async (_s2, _token, { signal }) =>
      new Response(`aborted=${signal?.aborted}`, { status: 206, headers: { "content-type": "text/csv" } }),
  });

  it("is sent as is, not wrapped in JSON, and gets the request's abort signal", async () => {
    const controller = new AbortController();
    controller.abort();
    const handler = createHandler(streamed, { getSessionToken: async () => TOKEN, s2: () => s2 });
    const response = await handler(new Request("http://dashboard.test/api/x", { signal: controller.signal }));
    expect(response.status).toBe(206);
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe("aborted=true");
  });
});
