import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S2_ERROR_CATALOGUE } from "@/lib/s2/contract";
import { FaultSwitch } from "./faults";
import { listen, type RunningServer } from "./server";
import { type MetricsStore, openStore } from "./store";
import { DEMO_TOKEN, TokenRegistry } from "./tokens";

let store: MetricsStore;
let server: RunningServer;
const NOW = 1_795_305_600;
const path = `/v1/metrics?set=account-ops&start=${NOW - 3_600}&end=${NOW}`;

beforeAll(async () => {
  store = openStore(":memory:");
  server = await listen({ store, tokens: new TokenRegistry(), faults: new FaultSwitch(), now: () => NOW }, 0);
});
afterAll(async () => {
  await server.close();
  store.close();
});

const setFault = (body: unknown) =>
  fetch(`${server.url}/local/faults`, { method: "PUT", body: JSON.stringify(body) }).then((r) => r.status);
const call = () => fetch(server.url + path, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });

describe("fault switch", () => {
  it("injects an error status for the next N requests, then recovers by itself", async () => {
    expect(await setFault({ kind: "status", status: 503, times: 2 })).toBe(200);
    expect((await call()).status).toBe(503);
    expect((await call()).status).toBe(503);
    expect((await call()).status).toBe(200);
  });

  it("can fail only requests whose URL contains a given text", async () => {
    await setFault({ kind: "status", status: 500, urlContains: "set=read-ops" });
    expect((await call()).status).toBe(200);
    const readOps = `/v1/metrics/prod-events?set=read-ops&start=${NOW - 60}&end=${NOW}`;
    const res = await fetch(server.url + readOps, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    expect(res.status).toBe(500);
    await fetch(`${server.url}/local/faults`, { method: "DELETE" });
  });

  it("answers 429 with Retry-After", async () => {
    await setFault({ kind: "rate_limited", retryAfter: 7, times: 1 });
    const res = await call();
    expect([res.status, res.headers.get("retry-after")]).toEqual([429, "7"]);
  });

  it("answers any error of S2's catalogue by its code, with S2's status for it", async () => {
    for (const [code, { status }] of Object.entries(S2_ERROR_CATALOGUE)) {
      expect(await setFault({ kind: "s2_error", code, times: 1 })).toBe(200);
      const res = await call();
      expect([code, res.status, ((await res.json()) as { code: string }).code]).toEqual([code, status, code]);
    }
    await setFault({ kind: "s2_error", code: "server_draining", retryAfter: 5, times: 1 });
    expect((await call()).headers.get("retry-after")).toBe("5");
    expect(await setFault({ kind: "s2_error", code: "made_up" })).toBe(422);
    expect((await call()).status).toBe(200);
  });

  it("injects any status from 400 to 599, such as S2's 499", async () => {
    await setFault({ kind: "status", status: 499, code: "client_hangup", times: 1 });
    expect((await call()).status).toBe(499);
    expect(await setFault({ kind: "status", status: 302 })).toBe(422);
  });

  it("adds latency without changing the answer", async () => {
    await setFault({ kind: "latency", ms: 150, times: 1 });
    const began = performance.now();
    const res = await call();
    expect(res.status).toBe(200);
    expect(performance.now() - began).toBeGreaterThanOrEqual(140);
  });

  it("sends malformed JSON, a wrong shape, a cut body or a reset connection", async () => {
    await setFault({ kind: "malformed_json", times: 1 });
    await expect((await call()).json()).rejects.toThrow();
    await setFault({ kind: "wrong_shape", times: 1 });
    expect(await (await call()).json()).toMatchObject({ values: [{ gauge: { name: 7 } }] });
    await setFault({ kind: "truncated", times: 1 });
    await expect(call().then((r) => r.text())).rejects.toThrow();
    await setFault({ kind: "reset", times: 1 });
    await expect(call()).rejects.toThrow();
    expect((await call()).status).toBe(200);
  });

  it("refuses a bad fault setting and leaves health checks alone", async () => {
    expect(await setFault({ kind: "explode" })).toBe(422);
    await setFault({ kind: "status", status: 500 });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    await fetch(`${server.url}/local/faults`, { method: "DELETE" });
    expect((await call()).status).toBe(200);
  });
});
