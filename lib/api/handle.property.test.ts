import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "@/lib/testing/hostile-input";
import {
  basinParam,
  expectSafeAnswer,
  LIST_QUERY,
  listQuery,
  METRICS_QUERY,
  metricsQuery,
  PROPERTY_NOW as NOW,
  type RouteAnswer,
  recordingS2Client,
  StatusTally,
  streamName,
  streamParam,
  type UpstreamCall,
} from "@/lib/testing/route-property-harness";
import {
  accountMetricsEndpoint,
  basinMetricsEndpoint,
  listBasinsEndpoint,
  listStreamsEndpoint,
  streamMetricsEndpoint,
} from "./endpoints";
import { createHandler, type Endpoint } from "./handle";

/**
 * Every signed-in route's parsing against 10,000 generated requests each, at the handler level with an
 * in-process upstream that records every URL it is asked for (`route-property-harness.ts` says what is
 * checked of each answer).
 */

const RUNS = 10_000;
const TOKEN = "property-test-token";

function route<P, Q>(endpoint: Endpoint<P, Q>, basinEndpoint?: string) {
  const { s2, calls } = recordingS2Client(basinEndpoint);
  const handler = createHandler(endpoint, {
    getSessionToken: async () => TOKEN,
    s2: () => s2,
    log: () => {},
  });
  const statuses = new StatusTally();
  const send = async (query: string, params?: Record<string, string>): Promise<RouteAnswer> => {
    calls.length = 0;
    const request = new Request(`http://dashboard.test/api/x?${query}`);
    const response = await handler(request, params ? { params: Promise.resolve(params) } : undefined);
    const body = (await response.json()) as Record<string, unknown>;
    statuses.add(response.status);
    return { status: response.status, body, request };
  };
  /** The generators must reach both sides: refusals and forwarded requests. */
  const expectBothOutcomes = () => {
    expect(statuses.of(200)).toBeGreaterThan(RUNS / 100);
    expect(statuses.of(400, 422)).toBeGreaterThan(RUNS / 10);
  };
  return { send, calls, expectBothOutcomes };
}

function expectSafe(
  result: RouteAnswer,
  calls: UpstreamCall[],
  rules: { path: string[]; allowedQuery: readonly string[]; host?: string },
) {
  expectSafeAnswer(result, calls, { ...rules, authorization: `Bearer ${TOKEN}` });
}

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
