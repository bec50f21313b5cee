import { S2, S2Error } from "@s2-dev/streamstore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_SETS, BASIN_SETS } from "@/lib/s2/contract";
import { alignDown } from "@/lib/time-range/epoch-range";
import { listen, type RunningServer } from "./server";
import { type MetricsStore, openStore } from "./store";
import { DEMO_TOKEN, TokenRegistry } from "./tokens";
import { createWorkload } from "./workload";

/**
 * Drives the local backend with S2's official TypeScript SDK, endpoints pointed at it, over two days of
 * the simulated workload: what the SDK can ask of S2, the local backend must answer the same way.
 */

const NOW = alignDown(Math.floor(Date.now() / 1000), 60);
const DAY = 86_400;

let store: MetricsStore;
let server: RunningServer;
let basinNames: string[];

const client = (accessToken: string) =>
  new S2({ accessToken, endpoints: { account: server.url, basin: server.url }, retry: { maxAttempts: 1 } });

beforeAll(async () => {
  store = openStore(":memory:");
  const workload = createWorkload();
  store.write(workload.generate(NOW - 2 * DAY, NOW), workload.catalog(NOW));
  const tokens = new TokenRegistry({
    "sdk-prod-only": { basins: { prefix: "prod-" }, ops: ["basin-metrics", "list-basins", "list-streams"] },
  });
  server = await listen({ store, tokens }, 0);
  basinNames = (await client(DEMO_TOKEN).basins.list()).basins.map((b) => b.name);
});
afterAll(async () => {
  await server.close();
  store.close();
});

const range = () => ({ start: new Date((NOW - DAY) * 1000), end: new Date(NOW * 1000) });

async function s2Error(promise: Promise<unknown>): Promise<S2Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(S2Error);
  return error as S2Error;
}

describe("the official SDK against the local backend", () => {
  it("lists basins and pages through streams with the s2-basin header", async () => {
    const s2 = client(DEMO_TOKEN);
    expect(basinNames.length).toBeGreaterThanOrEqual(4);
    const basin = basinNames.find((b) => b.startsWith("prod-")) as string;
    const first = await s2.basin(basin).streams.list({ limit: 2 });
    expect(first.streams).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const next = await s2.basin(basin).streams.list({ startAfter: first.streams[1]?.name, limit: 1000 });
    expect((next.streams[0]?.name ?? "") > (first.streams[1]?.name ?? "")).toBe(true);
  });

  it("answers every account set", async () => {
    const s2 = client(DEMO_TOKEN);
    for (const set of ACCOUNT_SETS) {
      const res = await s2.metrics.account({ set, ...range() });
      expect(res.values.length, set).toBeGreaterThan(0);
    }
    const label = (await s2.metrics.account({ set: "active-basins", ...range() })).values[0];
    expect(label && "label" in label && label.label.values.length).toBeGreaterThanOrEqual(4);
  });

  it("answers every basin set with typed series, timestamps as Dates", async () => {
    const s2 = client(DEMO_TOKEN);
    const basin = basinNames.find((b) => b.startsWith("prod-")) as string;
    for (const set of BASIN_SETS) {
      const res = await s2.metrics.basin({ basin, set, ...range() });
      expect(res.values.length, set).toBeGreaterThan(0);
      const metric = res.values[0];
      if (metric && "accumulation" in metric) expect(metric.accumulation.values[0]?.[0]).toBeInstanceOf(Date);
      if (set === "storage") expect(metric && "gauge" in metric).toBe(true);
    }
  });

  it("answers stream storage for a stream whose name needs percent-encoding", async () => {
    const s2 = client(DEMO_TOKEN);
    for (const basin of basinNames) {
      const { streams } = await s2.basin(basin).streams.list();
      const odd = streams.find((s) => /[/ ]/.test(s.name) || /[^ -~]/.test(s.name));
      if (!odd) continue;
      const res = await s2.metrics.stream({ basin, stream: odd.name, set: "storage", ...range() });
      const gauge = res.values[0];
      expect(gauge && "gauge" in gauge && gauge.gauge.name).toBe("metered_size");
      expect(gauge && "gauge" in gauge && gauge.gauge.values.length).toBeGreaterThan(1000);
      return;
    }
    throw new Error("the workload has no stream with '/', a space or unicode in its name");
  });

  it("raises S2Error with S2's status and code for invalid ranges, bad tokens and scope", async () => {
    const s2 = client(DEMO_TOKEN);
    const reversed = await s2Error(
      s2.metrics.account({
        set: "account-ops",
        start: new Date(NOW * 1000),
        end: new Date((NOW - 60) * 1000),
      }),
    );
    expect([reversed.status, reversed.code]).toEqual([422, "invalid"]);
    const tooLong = await s2Error(
      s2.metrics.account({
        set: "account-ops",
        start: new Date((NOW - 31 * DAY) * 1000),
        end: new Date(NOW * 1000),
      }),
    );
    expect([tooLong.status, tooLong.code]).toEqual([422, "invalid"]);
    const minuteStorage = await s2Error(
      s2.metrics.basin({ basin: basinNames[0] as string, set: "storage", interval: "minute", ...range() }),
    );
    expect([minuteStorage.status, minuteStorage.code]).toEqual([422, "invalid"]);

    const bad = await s2Error(client("not-a-token").metrics.account({ set: "account-ops", ...range() }));
    expect([bad.status, bad.code]).toEqual([401, "authn"]);

    const outside = basinNames.find((b) => !b.startsWith("prod-")) as string;
    const scoped = await s2Error(
      client("sdk-prod-only").metrics.basin({ basin: outside, set: "storage", ...range() }),
    );
    expect([scoped.status, scoped.code]).toEqual([403, "permission_denied"]);
  });
});
