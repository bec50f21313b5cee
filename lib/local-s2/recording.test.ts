import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
