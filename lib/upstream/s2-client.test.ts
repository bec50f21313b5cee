import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { FaultSwitch } from "@/lib/local-s2/faults";
import { listen, type RunningServer } from "@/lib/local-s2/server";
import { type MetricsStore, openStore } from "@/lib/local-s2/store";
import { DEMO_TOKEN, TokenRegistry } from "@/lib/local-s2/tokens";
import { S2_ERROR_CATALOGUE, type S2ErrorCode } from "@/lib/s2/contract";
import { type FakeUpstream, refusedUrl, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import { createS2Client, type S2Client, type S2ClientConfig } from "./s2-client";

const TOKEN = "tok-secret-123";
const NOW = Math.floor(Date.now() / 1000);
const GAUGE = { values: [{ gauge: { name: "storage", unit: "bytes", values: [[3_600, 42]] } }] };
const closedWindow = {
  set: "storage" as const,
  start: NOW - 3 * 3_600,
  end: NOW - 2 * 3_600,
  interval: "hour" as const,
};
const openWindow = { set: "storage" as const, start: NOW - 3_600, end: NOW, interval: "hour" as const };

let upstream: FakeUpstream;
const logged: string[] = [];

function client(overrides: Partial<S2ClientConfig> = {}): S2Client {
  return createS2Client({
    accountEndpoint: upstream.url,
    basinEndpoint: upstream.url,
    timeoutMs: 2_000,
    retry: { baseDelayMs: 5, maxDelayMs: 10 },
    cache: { maxEntries: 100, maxBytes: 1_000_000, ttlMs: 60_000 },
    log: (event, detail) => logged.push(`${event} ${JSON.stringify(detail)}`),
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

beforeEach(async () => {
  logged.length = 0;
  upstream = await startFakeUpstream((_, res) => sendJson(res, 200, GAUGE));
});

afterEach(async () => {
  await upstream.close();
});

describe("S2 client requests", () => {
  it("sends the bearer token and the query in canonical order", async () => {
    await client().basinMetrics(TOKEN, "prod-events", openWindow);
    const [request] = upstream.requests;
    expect(request?.target).toBe(
      `/v1/metrics/prod-events?set=storage&start=${openWindow.start}&end=${openWindow.end}&interval=hour`,
    );
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("names the basin with the s2-basin header when listing streams on a single host", async () => {
    upstream.respond((_, res) => sendJson(res, 200, { streams: [], has_more: false }));
    await client().listStreams(TOKEN, "prod-events", { prefix: "a/b", limit: 10 });
    const [request] = upstream.requests;
    expect(request?.target).toBe("/v1/streams?prefix=a%2Fb&limit=10");
    expect(request?.headers["s2-basin"]).toBe("prod-events");
  });

  it("substitutes {basin} into the host and then sends no s2-basin header", async () => {
    const seen: string[] = [];
    const s2 = client({
      basinEndpoint: "https://{basin}.b.s2.example",
      fetchDeps: {
        fetch: async (input, init) => {
          seen.push(`${String(input)} ${new Headers(init?.headers).get("s2-basin")}`);
          return Response.json({ streams: [], has_more: false });
        },
      },
    });
    await s2.listStreams(TOKEN, "prod-events", {});
    expect(seen).toEqual(["https://prod-events.b.s2.example/v1/streams null"]);
  });
});

describe("S2 client validation of answers", () => {
  it("returns an answer that matches the contract", async () => {
    await expect(client().basinMetrics(TOKEN, "prod-events", openWindow)).resolves.toEqual(GAUGE);
  });

  it("turns a body that is not JSON into a 502", async () => {
    upstream.respond((_, res) => sendJson(res, 200, "{not json"));
    const error = await failure(client().basinMetrics(TOKEN, "prod-events", openWindow));
    expect([error.status, error.code]).toEqual([502, "bad_gateway"]);
  });

  it("turns JSON of the wrong shape into a 502 and never returns it", async () => {
    const wrongShapes = [
      { values: [{ gauge: { name: "x", unit: "parsecs", values: [] } }] },
      { values: [{ gauge: { name: "x", unit: "bytes", values: [[1.5, 2]] } }] },
      { values: [{ gauge: GAUGE.values[0]?.gauge, label: { name: "y", values: [] } }] },
      { basins: "all of them" },
      [],
    ];
    for (const body of wrongShapes) {
      upstream.respond((_, res) => sendJson(res, 200, body));
      const error = await failure(client().basinMetrics(TOKEN, "prod-events", openWindow));
      expect(error.status).toBe(502);
    }
    expect(logged.filter((line) => line.startsWith("unexpected_shape"))).toHaveLength(wrongShapes.length);
  });
});

describe("S2 client errors", () => {
  it("passes 4xx answers on with their code and message", async () => {
    const cases = [
      [400, "bad_query", "unknown set"],
      [401, "authn", "unknown token"],
      [403, "permission_denied", "basin outside the token's scope"],
      [404, "basin_not_found", "no such basin"],
      [422, "invalid", "start > end"],
    ] as const;
    for (const [status, code, message] of cases) {
      upstream.respond((_, res) => sendJson(res, status, { code, message }));
      const error = await failure(client().basinMetrics(TOKEN, "prod-events", openWindow));
      expect([error.status, error.code, error.message]).toEqual([status, code, message]);
    }
  });

  it("keeps Retry-After on a 429", async () => {
    upstream.respond((_, res) =>
      sendJson(res, 429, { code: "rate_limited", message: "slow down" }, { "retry-after": "7" }),
    );
    const error = await failure(
      client().accountMetrics(TOKEN, { set: "active-basins", start: NOW - 60, end: NOW }),
    );
    expect([error.status, error.code, error.retryAfter]).toEqual([429, "rate_limited", "7"]);
  });

  it("never passes the token on inside an upstream message", async () => {
    upstream.respond((_, res) => sendJson(res, 401, { code: "authn", message: `token ${TOKEN} is unknown` }));
    const error = await failure(client().listBasins(TOKEN, {}));
    expect(error.message).not.toContain(TOKEN);
  });

  it("synthesises {code, message} when a 4xx body is not the error shape", async () => {
    upstream.respond((_, res) => sendJson(res, 403, "<html>forbidden</html>"));
    const error = await failure(client().listBasins(TOKEN, {}));
    expect([error.status, error.code]).toEqual([403, "permission_denied"]);
  });

  it("answers 503 once retries are spent, and 502 for any other upstream failure", async () => {
    upstream.respond((_, res) => sendJson(res, 503, { code: "unavailable", message: "down" }));
    expect((await failure(client().listBasins(TOKEN, {}))).status).toBe(503);
    expect(upstream.requests).toHaveLength(3);
    upstream.respond((_, res) => sendJson(res, 500, { code: "internal", message: "stack trace here" }));
    const error = await failure(client().listBasins(TOKEN, {}));
    expect([error.status, error.code]).toEqual([502, "bad_gateway"]);
    expect(error.message).not.toContain("stack trace");
  });

  it("answers 502 when S2 cannot be reached", async () => {
    const error = await failure(client({ accountEndpoint: await refusedUrl() }).listBasins(TOKEN, {}));
    expect([error.status, error.code]).toEqual([502, "bad_gateway"]);
  });

  it("answers 504 when S2 does not answer in time", async () => {
    upstream.respond(() => {
      // Holds the connection open without answering.
    });
    const error = await failure(client({ timeoutMs: 150 }).listBasins(TOKEN, {}));
    expect([error.status, error.code]).toEqual([504, "gateway_timeout"]);
  });

  it("answers 502 rather than holding an oversized body in memory", async () => {
    const big = { values: [{ label: { name: "x", values: Array(2_000).fill("basin-name") } }] };
    upstream.respond((_, res) => sendJson(res, 200, big));
    const error = await failure(
      client({ maxBodyBytes: 10_000 }).accountMetrics(TOKEN, {
        set: "active-basins",
        start: NOW - 60,
        end: NOW,
      }),
    );
    expect([error.status, error.code]).toEqual([502, "bad_gateway"]);
    // Without Content-Length, so the limit is enforced while reading.
    upstream.respond((_, res) => {
      const text = JSON.stringify(big);
      res.writeHead(200, { "content-type": "application/json" });
      res.write(text.slice(0, 100));
      res.end(text.slice(100));
    });
    const chunked = await failure(
      client({ maxBodyBytes: 10_000 }).accountMetrics(TOKEN, {
        set: "active-basins",
        start: NOW - 60,
        end: NOW,
      }),
    );
    expect(chunked.status).toBe(502);
  });

  it("answers 504 when the body stalls after the headers", async () => {
    upstream.respond((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"values": [');
    });
    const error = await failure(client({ timeoutMs: 150 }).listBasins(TOKEN, {}));
    expect(error.status).toBe(504);
  });
});

describe("S2 client coalescing", () => {
  it("serves N identical concurrent requests with one upstream call", async () => {
    upstream.respond(async (_, res) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sendJson(res, 200, GAUGE);
    });
    const s2 = client();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => s2.basinMetrics(TOKEN, "prod-events", openWindow)),
    );
    expect(upstream.requests).toHaveLength(1);
    for (const answer of answers) expect(answer).toEqual(GAUGE);
  });

  it("shares a failure among the waiting requests but not with later ones", async () => {
    upstream.respond(async (_, res) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      sendJson(res, 403, { code: "permission_denied", message: "no" });
    });
    const s2 = client();
    const results = await Promise.allSettled([1, 2, 3].map(() => s2.listBasins(TOKEN, {})));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(upstream.requests).toHaveLength(1);
    upstream.respond((_, res) => sendJson(res, 200, { basins: [], has_more: false }));
    await expect(s2.listBasins(TOKEN, {})).resolves.toEqual({ basins: [], has_more: false });
    expect(upstream.requests).toHaveLength(2);
  });

  it("never shares a call between different tokens", async () => {
    const s2 = client();
    await Promise.all(
      [s2.listBasins("token-a", {}), s2.listBasins("token-b", {})].map((p) => p.catch(() => null)),
    );
    expect(upstream.requests.map((r) => r.headers.authorization).sort()).toEqual([
      "Bearer token-a",
      "Bearer token-b",
    ]);
  });
});

describe("S2 client cache", () => {
  // The cache rule compares the window's end with "now": pin it, so the boundary test cannot drift.
  const pinnedClock = () => client({ fetchDeps: { now: () => NOW * 1000 } });

  it("keeps answers for windows that closed more than an hour ago", async () => {
    const s2 = pinnedClock();
    await s2.basinMetrics(TOKEN, "prod-events", closedWindow);
    await expect(s2.basinMetrics(TOKEN, "prod-events", closedWindow)).resolves.toEqual(GAUGE);
    expect(upstream.requests).toHaveLength(1);
  });

  it("treats a window that ended exactly an hour ago as closed", async () => {
    const s2 = pinnedClock();
    const boundary = { ...closedWindow, end: NOW - 3_600 };
    await s2.basinMetrics(TOKEN, "prod-events", boundary);
    await s2.basinMetrics(TOKEN, "prod-events", boundary);
    expect(upstream.requests).toHaveLength(1);
  });

  it("never keeps answers for a window that ends within the last hour", async () => {
    const s2 = pinnedClock();
    const recent = { ...closedWindow, end: NOW - 3_599 };
    await s2.basinMetrics(TOKEN, "prod-events", openWindow);
    await s2.basinMetrics(TOKEN, "prod-events", openWindow);
    await s2.basinMetrics(TOKEN, "prod-events", recent);
    await s2.basinMetrics(TOKEN, "prod-events", recent);
    expect(upstream.requests).toHaveLength(4);
  });

  it("never keeps errors", async () => {
    upstream.respond((_, res) => sendJson(res, 403, { code: "permission_denied", message: "no" }));
    const s2 = pinnedClock();
    await failure(s2.basinMetrics(TOKEN, "prod-events", closedWindow));
    upstream.respond((_, res) => sendJson(res, 200, GAUGE));
    await expect(s2.basinMetrics(TOKEN, "prod-events", closedWindow)).resolves.toEqual(GAUGE);
    expect(upstream.requests).toHaveLength(2);
  });

  it("never serves one token's cached answer to another token", async () => {
    const s2 = pinnedClock();
    await s2.basinMetrics("token-a", "prod-events", closedWindow);
    upstream.respond((_, res) => sendJson(res, 403, { code: "permission_denied", message: "no" }));
    const error = await failure(s2.basinMetrics("token-b", "prod-events", closedWindow));
    expect(error.status).toBe(403);
  });

  it("never caches listings, whose answers change at any time", async () => {
    upstream.respond((_, res) => sendJson(res, 200, { basins: [], has_more: false }));
    const s2 = pinnedClock();
    await s2.listBasins(TOKEN, {});
    await s2.listBasins(TOKEN, {});
    expect(upstream.requests).toHaveLength(2);
  });
});

/** The embedded backend's fault switch, counting the requests it answered with the fault. */
class CountingFaults extends FaultSwitch {
  answered = 0;
  override take(url: string) {
    const fault = super.take(url);
    if (fault) this.answered += 1;
    return fault;
  }
}

describe("S2's error catalogue, answered by the embedded backend's fault switch", () => {
  let backend: RunningServer;
  let store: MetricsStore;
  const faults = new CountingFaults();

  beforeAll(async () => {
    store = openStore(":memory:");
    backend = await listen({ store, tokens: new TokenRegistry(), faults }, 0);
  });
  afterAll(async () => {
    await backend.close();
    store.close();
  });

  const embedded = () => client({ accountEndpoint: backend.url, basinEndpoint: backend.url });

  // S2 code -> our status, code, message (null: S2's own message), and how many attempts were made.
  const table: [S2ErrorCode, number, string, string | null, number][] = [
    [
      "quota_exhausted",
      403,
      "quota_exhausted",
      "The S2 account's quota is used up: S2 refuses this until the quota resets or is raised",
      1,
    ],
    ["stream_not_found", 404, "stream_not_found", null, 1],
    ["request_timeout", 504, "gateway_timeout", "S2 gave up on the request before answering; try again", 1],
    ["rate_limited", 429, "rate_limited", "S2 is limiting the rate of requests; try again shortly", 3],
    ["client_hangup", 502, "bad_gateway", "The connection to S2 was cut before it answered; try again", 1],
    [
      "not_implemented",
      502,
      "not_implemented",
      "The configured S2 host does not serve this (s2-lite has no metrics API)",
      1,
    ],
    ["hot_server", 503, "unavailable", "S2 is overloaded; try again shortly", 3],
    ["unavailable", 503, "unavailable", "S2 is unavailable; try again shortly", 3],
    ["server_draining", 503, "unavailable", "S2 is restarting; try again shortly", 3],
    ["upstream_timeout", 504, "gateway_timeout", "S2 timed out inside before answering; try again", 1],
  ];

  it.each(table)("S2's %s becomes our %i %s", async (s2Code, status, code, message, attempts) => {
    faults.answered = 0;
    faults.set({ kind: "s2_error", code: s2Code, message: `injected ${s2Code}` });
    const error = await failure(embedded().listBasins(DEMO_TOKEN, {}));
    faults.clear();
    expect([error.status, error.code, error.message]).toEqual([
      status,
      code,
      message ?? `injected ${s2Code}`,
    ]);
    expect(faults.answered, "attempts").toBe(attempts);
    expect(S2_ERROR_CATALOGUE[s2Code].retryable).toBe(attempts > 1);
  });

  it("passes Retry-After on with 429 and 503, once retrying could not help in time", async () => {
    for (const s2Code of ["rate_limited", "unavailable", "hot_server"] as const) {
      faults.set({ kind: "s2_error", code: s2Code, retryAfter: 30 });
      const error = await failure(embedded().listBasins(DEMO_TOKEN, {}));
      expect([s2Code, error.retryAfter]).toEqual([s2Code, "30"]);
    }
    faults.clear();
  });

  it("answers 502 without retrying a 502 that is not hot_server", async () => {
    faults.answered = 0;
    faults.set({ kind: "status", status: 502, code: "bad_gateway", message: "proxy error" });
    const error = await failure(embedded().listBasins(DEMO_TOKEN, {}));
    faults.clear();
    expect([error.status, error.code, faults.answered]).toEqual([502, "bad_gateway", 1]);
    expect(error.message).not.toContain("proxy error");
  });

  it("recovers by itself when a retryable fault clears within the retries", async () => {
    faults.set({ kind: "s2_error", code: "hot_server", times: 2 });
    await expect(embedded().listBasins(DEMO_TOKEN, {})).resolves.toMatchObject({ has_more: false });
  });

  it("passes the basin listing's location on", async () => {
    faults.clear();
    store.write(
      { counters: [], gauges: [] },
      { basins: [{ name: "prod-events", createdAt: 0, deletedAt: null }], streams: [] },
    );
    const { basins } = await embedded().listBasins(DEMO_TOKEN, {});
    expect(basins).toEqual([
      {
        name: "prod-events",
        created_at: "1970-01-01T00:00:00.000Z",
        deleted_at: null,
        location: "local:embedded",
      },
    ]);
  });
});
