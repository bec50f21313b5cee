import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricSetResponseSchema } from "@/lib/s2/contract";
import { listen, type RunningServer } from "./server";
import { backfill, HISTORY_DAYS } from "./simulation";
import { type MetricsStore, openStore } from "./store";
import { DEMO_TOKEN, TokenRegistry } from "./tokens";
import { createWorkload } from "./workload";

/**
 * The two tiers of the backfill (workload/README.md, "History"): minute rows for the last days, hour
 * rows for the 13 months before, answered honestly through the real HTTP surface.
 */

const DAY = 86_400;
const HOUR = 3_600;
const NOW = Date.UTC(2026, 11, 2, 10, 17, 30) / 1000;
const TODAY = NOW - (NOW % DAY);

let store: MetricsStore;
let server: RunningServer;

beforeAll(async () => {
  store = openStore(":memory:");
  // One day of minute rows, the rest of the 13 months as hour rows.
  backfill(store, createWorkload(), NOW, 1, HISTORY_DAYS);
  server = await listen({ store, tokens: new TokenRegistry({}), now: () => NOW }, 0);
}, 180_000);
afterAll(async () => {
  await server.close();
  store.close();
});

async function series(path: string) {
  const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
  expect(res.status).toBe(200);
  return metricSetResponseSchema.parse(await res.json()).values;
}

const points = (values: Awaited<ReturnType<typeof series>>) =>
  values.flatMap((v) => ("accumulation" in v ? v.accumulation.values : "gauge" in v ? v.gauge.values : []));
const total = (values: Awaited<ReturnType<typeof series>>) => points(values).reduce((s, [, v]) => s + v, 0);

describe("13 months of history", () => {
  it("answers a 30-day window 13 months back, for counters, basin storage and a fleet device", async () => {
    const start = TODAY - HISTORY_DAYS * DAY;
    const q = `start=${start}&end=${start + 30 * DAY}`;
    const appended = await series(`/v1/metrics/prod-events?set=append-throughput&interval=day&${q}`);
    expect(points(appended)).toHaveLength(2 * 30);
    const storage = await series(`/v1/metrics/prod-events?set=storage&interval=hour&${q}`);
    expect(points(storage)).toHaveLength(30 * 24);
    expect(points(storage).every(([, v]) => v > 0)).toBe(true);
    const account = await series(`/v1/metrics?set=account-ops&interval=hour&${q}`);
    expect(total(account)).toBeGreaterThan(0);
    const device = await series(`/v1/metrics/fleet-sensors/device-0002?set=storage&interval=minute&${q}`);
    expect(points(device).length).toBeGreaterThan(0);
  });

  it("answers a minute request over hour rows with each hour's total at its start, equal to the hour answer", async () => {
    const start = TODAY - 100 * DAY;
    const q = `set=append-ops&start=${start}&end=${start + 2 * DAY}`;
    const byMinute = await series(`/v1/metrics/prod-events?interval=minute&${q}`);
    const byHour = await series(`/v1/metrics/prod-events?interval=hour&${q}`);
    const byDay = await series(`/v1/metrics/prod-events?interval=day&${q}`);
    expect(points(byMinute).length).toBeGreaterThan(0);
    expect(points(byMinute).every(([t]) => t % HOUR === 0)).toBe(true);
    expect(byMinute.map((v) => ("accumulation" in v ? v.accumulation.values : []))).toEqual(
      byHour.map((v) => ("accumulation" in v ? v.accumulation.values : [])),
    );
    expect(total(byDay)).toBe(total(byHour));
  });

  it("keeps minute rows in the minute tier, with the same totals at every interval across the tier edge", async () => {
    const q = `set=append-throughput&start=${TODAY - 2 * DAY}&end=${TODAY + 10 * HOUR}`;
    const byMinute = await series(`/v1/metrics/prod-events?interval=minute&${q}`);
    const byDay = await series(`/v1/metrics/prod-events?interval=day&${q}`);
    expect(points(byMinute).some(([t]) => t >= TODAY && t % HOUR !== 0)).toBe(true);
    expect(
      points(byMinute)
        .filter(([t]) => t < TODAY - DAY)
        .every(([t]) => t % HOUR === 0),
    ).toBe(true);
    expect(total(byMinute)).toBe(total(byDay));
  });

  it("lists the 2,000 fleet devices page by page, fast, with varied storage levels", async () => {
    const names: string[] = [];
    let after = "";
    for (;;) {
      const began = performance.now();
      const res = await fetch(`${server.url}/v1/streams?limit=1000&start_after=${after}`, {
        headers: { authorization: `Bearer ${DEMO_TOKEN}`, "s2-basin": "fleet-sensors" },
      });
      const body = (await res.json()) as { streams: { name: string }[]; has_more: boolean };
      expect(performance.now() - began).toBeLessThan(500);
      names.push(...body.streams.map((s) => s.name));
      if (!body.has_more) break;
      after = names.at(-1) ?? "";
    }
    expect(names).toHaveLength(2_000);
    expect(names[0]).toBe("device-0001");
    const levels: number[] = [];
    for (const name of ["device-0001", "device-0500", "device-1000", "device-1500", "device-2000"]) {
      const began = performance.now();
      const q = `set=storage&interval=minute&start=${NOW - 6 * HOUR}&end=${NOW}`;
      const values = points(await series(`/v1/metrics/fleet-sensors/${name}?${q}`));
      expect(performance.now() - began).toBeLessThan(500);
      levels.push(values.at(-1)?.[1] ?? 0);
    }
    expect(Math.max(...levels) / Math.max(1, Math.min(...levels))).toBeGreaterThan(10);
  });

  it("has no activity in legacy-batch since its streams were deleted in October", async () => {
    const q = `start=${TODAY - 30 * DAY}&end=${TODAY}`;
    expect(points(await series(`/v1/metrics/legacy-batch?set=append-ops&interval=day&${q}`))).toEqual([]);
    const storage = points(await series(`/v1/metrics/legacy-batch?set=storage&interval=hour&${q}`));
    expect(storage.every(([, v]) => v === 0)).toBe(true);
    const before = `start=${Date.UTC(2026, 9, 1) / 1000}&end=${Date.UTC(2026, 9, 31) / 1000}`;
    const last = points(await series(`/v1/metrics/legacy-batch?set=append-ops&interval=day&${before}`));
    expect(Math.max(...last.map(([t]) => t))).toBe(Date.UTC(2026, 9, 15) / 1000);
  });
});
