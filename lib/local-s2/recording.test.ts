import { request } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countContainers, MAX_BODY_BYTES } from "./recording";
import { listen, type RunningServer } from "./server";
import { type MetricsStore, openStore } from "./store";
import { DEMO_TOKEN, TokenRegistry } from "./tokens";

const NOW = 1_770_000_000 - (1_770_000_000 % 3_600);

let store: MetricsStore;
let server: RunningServer;

beforeEach(async () => {
  store = openStore(":memory:");
  const tokens = new TokenRegistry({
    reader: { ops: ["basin-metrics"] },
    "prod-writer": { basins: { prefix: "prod-" }, ops: ["append"] },
  });
  server = await listen({ store, tokens, now: () => NOW }, 0);
});
afterEach(async () => {
  await server.close();
  store.close();
});

const batch = {
  counters: [
    { ts: NOW - 120, set: "append-ops", basin: "prod-orders", series: "standard", value: 7 },
    { ts: NOW - 60, set: "account-ops", series: "create-basin", value: 1 },
  ],
  gauges: [{ ts: NOW - 120, basin: "prod-orders", stream: "eu/one", value: 2048 }],
};

async function post(body: unknown, key: string | null = "k-1", token = DEMO_TOKEN) {
  const res = await fetch(`${server.url}/local/v1/records`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      ...(key ? { "idempotency-key": key } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const appendOps = () =>
  store.accumulate("append-ops", "prod-orders", NOW - 3_600, NOW, 60).get("standard") ?? [];

describe("recording API", () => {
  it("records a batch that S2's API then answers, and registers its basin and stream", async () => {
    const res = await post(batch);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ recorded: { counters: 2, gauges: 1 }, duplicate: false });
    expect(appendOps()).toEqual([[NOW - 120, 7]]);
    expect(store.gauge("prod-orders", "eu/one", NOW - 120, NOW - 60, 60)).toEqual([[NOW - 120, 2048]]);
    expect(store.listStreams("prod-orders", { prefix: "", startAfter: "", limit: 10 }).items[0]?.name).toBe(
      "eu/one",
    );
  });

  it("counts a retried batch once", async () => {
    await post(batch);
    const retry = await post(batch);
    expect(retry.status).toBe(200);
    expect(retry.body.duplicate).toBe(true);
    expect(appendOps()).toEqual([[NOW - 120, 7]]);
  });

  it("refuses another batch under a used key and writes nothing", async () => {
    await post(batch);
    const other = await post({ counters: [{ ...batch.counters[0], value: 99 }] });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe("conflict");
    expect(appendOps()).toEqual([[NOW - 120, 7]]);
  });

  const bad: [string, unknown, string][] = [
    ["negative value", { counters: [{ ...batch.counters[0], value: -1 }] }, "counters.0.value"],
    ["unknown set", { counters: [{ ...batch.counters[0], set: "bogus" }] }, "counters.0.set"],
    [
      "series outside the set",
      { counters: [{ ...batch.counters[0], series: "turbo" }] },
      "counters.0.series",
    ],
    [
      "basin on account-ops",
      { counters: [{ ...batch.counters[1], basin: "prod-orders" }] },
      "counters.0.basin",
    ],
    ["fractional op count", { counters: [{ ...batch.counters[0], value: 1.5 }] }, "counters.0.value"],
    ["bad basin name", { gauges: [{ ...batch.gauges[0], basin: "X" }] }, "gauges.0.basin"],
    ["stream named ..", { gauges: [{ ...batch.gauges[0], stream: ".." }] }, "gauges.0.stream"],
    ["future reading", { gauges: [{ ...batch.gauges[0], ts: NOW + 3_600 }] }, "gauges.0.ts"],
    ["unknown field", { counters: [{ ...batch.counters[0], colour: "red" }] }, "counters.0"],
    ["empty batch", {}, "(body)"],
  ];

  it.each(bad)("answers 422 naming the field for %s, and writes nothing", async (_name, body, field) => {
    // The first record is valid: all-or-nothing means it must not be written either.
    const withValid = {
      counters: [batch.counters[0], ...((body as { counters?: unknown[] }).counters ?? [])],
      gauges: (body as { gauges?: unknown[] }).gauges ?? [],
    };
    const whole = field === "(body)" ? body : withValid;
    const res = await post(whole);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("invalid");
    const shifted = field.replace(/^counters\.0/, "counters.1");
    expect(res.body.message).toContain(field === "(body)" ? "empty" : shifted);
    expect(appendOps()).toEqual([]);
  });

  it("requires JSON, an idempotency key, a token and the append permission in scope", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post(batch, null)).body.code).toBe("bad_header");
    expect((await post(batch, "k", "nope")).status).toBe(401);
    expect((await post(batch, "k", "reader")).status).toBe(403);
    const outside = { counters: [{ ...batch.counters[0], basin: "staging-box" }] };
    expect((await post(outside, "k", "prod-writer")).status).toBe(403);
    expect(appendOps()).toEqual([]);
  });
});

describe("metrics calls are account operations", () => {
  it("counts each metrics and listing call under account-ops", async () => {
    const auth = { authorization: `Bearer ${DEMO_TOKEN}` };
    await fetch(`${server.url}/v1/metrics?set=account-ops&start=${NOW - 60}&end=${NOW}`, { headers: auth });
    await fetch(`${server.url}/v1/metrics/prod-orders?set=read-ops&start=${NOW - 60}&end=${NOW}`, {
      headers: auth,
    });
    await fetch(`${server.url}/v1/basins`, { headers: auth });
    await server.close();
    const ops = store.accumulate("account-ops", null, NOW, NOW + 1, 60);
    expect(Object.fromEntries([...ops].map(([k, v]) => [k, v[0]?.[1]]))).toEqual({
      "account-metrics": 1,
      "basin-metrics": 1,
      "list-basins": 1,
    });
  });
});

/**
 * A raw request that sends its headers and the first bytes of its body and then waits: an answer can
 * only come from a server that decided without the rest of the body.
 */
function answerBeforeBody(headers: Record<string, string>, firstBytes: string) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = request(`${server.url}/local/v1/records`, { method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> });
        req.destroy();
      });
    });
    req.on("error", reject);
    req.write(firstBytes);
  });
}

describe("hostile recording requests are refused before the work they would cost", () => {
  const headers = (token: string, length: number) => ({
    authorization: `Bearer ${token}`,
    "content-type": "application/json",
    "idempotency-key": "k-hostile",
    "content-length": String(length),
  });

  it("refuses a token without the append permission before reading its body", async () => {
    const res = await answerBeforeBody(headers("reader", 1_000_000), '{"counters": [');
    expect([res.status, res.body.code]).toEqual([403, "permission_denied"]);
    expect(res.body.message).toContain("'append'");
  });

  it("refuses a declared length over the cap with 413 before reading the body", async () => {
    const res = await answerBeforeBody(headers(DEMO_TOKEN, MAX_BODY_BYTES + 1), '{"counters": [');
    expect([res.status, res.body.code]).toEqual([413, "payload_too_large"]);
  });

  it("refuses a streamed body with 413 once it passes the cap, without waiting for the rest", async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const { "content-length": _, ...chunked } = headers(DEMO_TOKEN, 0);
      const req = request(`${server.url}/local/v1/records`, { method: "POST", headers: chunked }, (r) => {
        resolve(r.statusCode ?? 0);
        req.destroy();
      });
      req.on("error", reject);
      // One byte past the cap, and then the body never ends.
      req.write(`{"counters": [${" ".repeat(MAX_BODY_BYTES)}`);
    });
    expect(res).toBe(413);
  });

  it("refuses 5 MB of 1.7 M empty objects on their count, before parsing or checking any of them", async () => {
    const count = 1_700_000;
    const body = `{"counters":[${"{},".repeat(count - 1)}{}]}`;
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const res = await post(body);
    expect(res.status).toBe(422);
    // The count's message, not a per-record one such as `counters.0.ts: ...`.
    expect(res.body).toEqual({ code: "invalid", message: "a batch holds at most 10000 records: split it" });
  });

  it("counts the records of a parsed body before checking any one of them", async () => {
    const res = await post({ counters: Array(5_001).fill({}), gauges: Array(5_000).fill({}) });
    expect(res.body).toEqual({ code: "invalid", message: "a batch holds at most 10000 records: split it" });
  });

  it("refuses values whose sum could not be sent as a number, and writes nothing", async () => {
    const huge = { ...batch.counters[0], value: 1e308 };
    const twice = await post({ counters: [huge, huge] });
    expect([twice.status, twice.body.code]).toEqual([422, "invalid"]);
    expect(twice.body.message).toContain("counters.0.value");
    expect(appendOps()).toEqual([]);
  });

  it("keeps every stored per-second sum within MAX_SAFE_INTEGER, counting what is already stored", async () => {
    const big = { ...batch.counters[0], value: 6e15 };
    const inOneBatch = await post({ counters: [big, big] }, "k-both");
    expect([inOneBatch.status, inOneBatch.body.message]).toEqual([
      422,
      `counters.1.value: the recorded sum for this series and second would pass ${Number.MAX_SAFE_INTEGER}`,
    ]);
    expect((await post({ counters: [big] }, "k-first")).status).toBe(201);
    const onTop = await post({ counters: [big] }, "k-second");
    expect([onTop.status, onTop.body.code]).toEqual([422, "invalid"]);
    expect(appendOps()).toEqual([[NOW - 120, 6e15]]);
    // A second later is another sum, and is recorded.
    expect((await post({ counters: [{ ...big, ts: NOW - 119 }] }, "k-third")).status).toBe(201);
  });

  it("scopes idempotency keys to the token: the same key from two tokens records both batches", async () => {
    const own = { counters: [batch.counters[0]] };
    expect((await post(own, "shared-key", DEMO_TOKEN)).status).toBe(201);
    const other = await post(own, "shared-key", "prod-writer");
    expect(other).toEqual({ status: 201, body: { recorded: { counters: 1, gauges: 0 }, duplicate: false } });
    expect(appendOps()).toEqual([[NOW - 120, 14]]);
    // Nor does another body under that key reveal, with a 409, that the key was used.
    const different = { counters: [{ ...batch.counters[0], value: 1 }] };
    expect((await post(different, "shared-key", "prod-writer")).status).toBe(409);
    expect((await post(different, "fresh-key", "prod-writer")).status).toBe(201);
  });
});

describe("countContainers", () => {
  it("counts objects and arrays outside strings only", () => {
    expect(countContainers('{"a":[{},{}]}', 100)).toBe(4);
    expect(countContainers('{"s":"{[{[ \\" {"}', 100)).toBe(1);
    expect(countContainers('["\\\\", {}]', 100)).toBe(2);
  });

  it("stops counting past the limit", () => {
    expect(countContainers("[".repeat(1_000), 10)).toBe(11);
  });
});
