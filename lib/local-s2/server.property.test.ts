import assert from "node:assert/strict";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorInfoSchema } from "@/lib/s2/contract";
import { formEncode, hostileText, nearlyValidQuery } from "@/lib/testing/hostile-input";
import { createLocalS2Handler } from "./server";
import { type MetricsStore, openStore } from "./store";
import { DEMO_TOKEN, TokenRegistry } from "./tokens";

/**
 * The local backend's whole HTTP surface against 10,000 generated raw requests, sent to its handler in
 * process (a real socket would have the client normalise the path first): raw and encoded dot segments,
 * separators, unicode, control characters, repeated parameters, hostile headers. No 5xx, ever, and
 * every refusal is `{code, message}`.
 */

const NOW = 1_795_305_600;
const RUNS = 10_000;
const DAY = 86_400;

let store: MetricsStore;
let handler: ReturnType<typeof createLocalS2Handler>;

beforeAll(() => {
  store = openStore(":memory:");
  store.write(
    {
      counters: [{ ts: NOW - 3_600, set: "append-ops", basin: "prod-events", series: "standard", value: 3 }],
      gauges: [{ ts: NOW - DAY, basin: "prod-events", stream: "a/b c", value: 1024 }],
    },
    {
      basins: [{ name: "prod-events", createdAt: NOW - 60 * DAY, deletedAt: null }],
      streams: [{ basin: "prod-events", name: "a/b c", createdAt: NOW - 30 * DAY, deletedAt: null }],
    },
  );
  handler = createLocalS2Handler({ store, tokens: new TokenRegistry({}), now: () => NOW });
});
afterAll(() => {
  handler.flush();
  store.close();
});

interface Sent {
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: string;
}

async function send(request: Sent): Promise<{ status: number; body: unknown }> {
  const req = Object.assign(Readable.from(request.body === undefined ? [] : [Buffer.from(request.body)]), {
    method: request.method,
    url: request.target,
    headers: request.headers,
  }) as unknown as IncomingMessage;
  let status = 0;
  let text = "";
  const res = {
    writeHead(code: number) {
      status = code;
      return res;
    },
    end(chunk?: string) {
      text = chunk ?? "";
    },
  } as unknown as ServerResponse;
  await handler(req, res);
  return { status, body: JSON.parse(text) };
}

const segment = fc
  .tuple(
    fc.oneof(
      fc.constantFrom("prod-events", "analytics-raw", "a/b c", "..", ".", ""),
      fc.string({ unit: "binary", maxLength: 16 }),
      hostileText,
    ),
    fc.boolean(),
  )
  .map(([s, encode]) => (encode ? formEncode(s) : s));
const query = fc.oneof(
  nearlyValidQuery(
    fc.record({
      set: fc.constantFrom("storage", "append-ops", "account-ops", "active-basins", "read-ops"),
      start: fc.integer({ min: NOW - 31 * DAY, max: NOW }).map(String),
      end: fc.constantFrom(String(NOW), String(NOW - 3_600), String(NOW + 61)),
      interval: fc.constantFrom("minute", "hour", "day"),
    }),
  ),
  nearlyValidQuery(fc.record({ prefix: fc.string({ maxLength: 6 }), limit: fc.nat(1_200).map(String) })),
  hostileText,
);
const path = fc.oneof(
  fc.array(segment, { maxLength: 3 }).map((segments) => ["/v1/metrics", ...segments].join("/")),
  fc.constantFrom("/v1/basins", "/v1/streams", "/health", "/local/stats", "/local/v1/records", "/"),
  fc.tuple(fc.constantFrom("/v1/", "/local/", "/"), hostileText).map(([a, b]) => a + b),
);
const request: fc.Arbitrary<Sent> = fc.record({
  method: fc.oneof(
    { weight: 8, arbitrary: fc.constant("GET") },
    { weight: 1, arbitrary: fc.constantFrom("POST", "PUT", "DELETE", "BREW") },
  ),
  target: fc.tuple(path, query).map(([p, q]) => `${p}?${q}`),
  headers: fc.record(
    {
      authorization: fc.oneof(
        { weight: 6, arbitrary: fc.constant(`Bearer ${DEMO_TOKEN}`) },
        { weight: 1, arbitrary: hostileText.map((t) => `Bearer ${t}`) },
      ),
      "s2-basin": fc.oneof(fc.constant("prod-events"), hostileText),
      "idempotency-key": hostileText,
    },
    { requiredKeys: [] },
  ),
  body: fc.option(fc.oneof(hostileText, fc.json()), { nil: undefined }),
});

describe("the local backend, given 10,000 generated raw requests", () => {
  it("never answers 5xx, and every refusal is {code, message}", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (sent) => {
        const { status, body } = await send(sent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        assert.ok(status >= 200 && status < 500, `status ${status}: ${JSON.stringify(body)}`);
        if (status >= 400) {
          const info = errorInfoSchema.strict().safeParse(body);
          assert.ok(info.success, `error body ${JSON.stringify(body)}`);
        }
      }),
      { numRuns: RUNS },
    );
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 50);
  });
});
