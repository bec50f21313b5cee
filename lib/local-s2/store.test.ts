import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { carryForward, divisions } from "./bucketing";
import { type MetricsStore, openStore } from "./store";

const H = 3_600;
const M = 60;
const T0 = 1_767_225_600; // 2026-01-01T00:00:00Z, aligned to every interval

let store: MetricsStore;
beforeEach(() => {
  store = openStore(":memory:");
});
afterEach(() => store.close());

const ops = (ts: number, series: string, value: number) =>
  ({ ts, set: "append-ops", basin: "prod-events", series, value }) as const;

describe("accumulation buckets", () => {
  it("sums events into interval-aligned buckets with start inclusive and end exclusive", () => {
    store.write({
      counters: [
        ops(T0 - 1, "standard", 100), // before start: excluded
        ops(T0, "standard", 1), // exactly at start: included
        ops(T0 + 59, "standard", 2),
        ops(T0 + 60, "standard", 4),
        ops(T0 + 180, "standard", 8), // exactly at end: excluded
      ],
      gauges: [],
    });
    const series = store.accumulate("append-ops", "prod-events", T0, T0 + 180, M);
    expect(series.get("standard")).toEqual([
      [T0, 3],
      [T0 + 60, 4],
    ]);
  });

  it("omits buckets with no recorded data but keeps a recorded zero", () => {
    store.write({ counters: [ops(T0, "express", 5), ops(T0 + 2 * M, "express", 0)], gauges: [] });
    const series = store.accumulate("append-ops", "prod-events", T0, T0 + 3 * M, M);
    expect(series.get("express")).toEqual([
      [T0, 5],
      [T0 + 2 * M, 0],
    ]);
  });

  it("aggregates minutes into hour and day buckets and keeps series and basins apart", () => {
    store.write({
      counters: [
        ops(T0 + 10 * M, "standard", 1),
        ops(T0 + 50 * M, "standard", 2),
        ops(T0 + H + 1, "standard", 4),
        ops(T0 + 20 * M, "express", 16),
        { ts: T0, set: "append-ops", basin: "analytics-raw", series: "standard", value: 1000 },
      ],
      gauges: [],
    });
    const hourly = store.accumulate("append-ops", "prod-events", T0, T0 + 2 * H, H);
    expect(hourly.get("standard")).toEqual([
      [T0, 3],
      [T0 + H, 4],
    ]);
    expect(hourly.get("express")).toEqual([[T0, 16]]);
    expect(store.accumulate("append-ops", "prod-events", T0, T0 + 86_400, 86_400).get("standard")).toEqual([
      [T0, 7],
    ]);
  });

  it("adds up repeated events at the same instant rather than overwriting them", () => {
    store.write({ counters: [ops(T0, "standard", 2)], gauges: [] });
    store.write({ counters: [ops(T0, "standard", 3)], gauges: [] });
    expect(store.accumulate("append-ops", "prod-events", T0, T0 + M, M).get("standard")).toEqual([[T0, 5]]);
  });
});

describe("gauge divisions", () => {
  const reading = (ts: number, value: number, stream: string | null = "s") => ({
    ts,
    basin: "prod-events",
    stream,
    value,
  });

  it("carries the latest reading at or before each division, including one from before the range", () => {
    store.write({
      counters: [],
      gauges: [reading(T0 - 10 * H, 7), reading(T0 + 2 * M, 9), reading(T0 + 2 * M + 30, 11)],
    });
    expect(store.gauge("prod-events", "s", T0, T0 + 4 * M, M)).toEqual([
      [T0, 7],
      [T0 + M, 7],
      [T0 + 2 * M, 9],
      [T0 + 3 * M, 11],
    ]);
  });

  it("has one point per division and invents nothing before the first reading", () => {
    store.write({ counters: [], gauges: [reading(T0 + 90, 5)] });
    expect(store.gauge("prod-events", "s", T0, T0 + 3 * M, M)).toEqual([[T0 + 2 * M, 5]]);
    expect(store.gauge("prod-events", "s", T0 - 5 * H, T0, H)).toEqual([]);
  });

  it("keeps basin-wide and per-stream readings apart", () => {
    store.write({ counters: [], gauges: [reading(T0, 1, null), reading(T0, 2, "s")] });
    expect(store.gauge("prod-events", null, T0, T0 + H, H)).toEqual([[T0, 1]]);
    expect(store.gauge("prod-events", "s", T0, T0 + M, M)).toEqual([[T0, 2]]);
  });

  it("grids a range from the division at or before start up to end, exclusive", () => {
    expect(divisions(T0 + 30, T0 + 3 * M, M)).toEqual([T0, T0 + M, T0 + 2 * M]);
    expect(divisions(T0, T0, M)).toEqual([]);
    expect(carryForward([1, 2, 3], null, new Map([[2, 4]]))).toEqual([
      [2, 4],
      [3, 4],
    ]);
  });
});

describe("catalog", () => {
  beforeEach(() => {
    store.write(
      { counters: [], gauges: [] },
      {
        basins: [
          { name: "prod-events", createdAt: T0 - 90 * 86_400, deletedAt: null },
          { name: "archive-cold", createdAt: T0 - 90 * 86_400, deletedAt: null },
          { name: "staging-sandbox", createdAt: T0 - 90 * 86_400, deletedAt: null },
        ],
        streams: [
          { basin: "prod-events", name: "orders", createdAt: T0 - 10 * 86_400, deletedAt: null },
          { basin: "staging-sandbox", name: "old", createdAt: T0 - 10 * 86_400, deletedAt: T0 - 5 * 86_400 },
        ],
      },
    );
  });

  it("calls a basin active when one of its streams existed during the range", () => {
    expect(store.activeBasins(T0 - H, T0)).toEqual(["prod-events"]);
    expect(store.activeBasins(T0 - 6 * 86_400, T0)).toEqual(["prod-events", "staging-sandbox"]);
    expect(store.activeBasins(T0 - 20 * 86_400, T0 - 15 * 86_400)).toEqual([]);
    expect(store.activeBasins(T0 - 6 * 86_400, T0, { prefix: "staging-" })).toEqual(["staging-sandbox"]);
  });

  it("pages basins by prefix, start_after and limit", () => {
    const first = store.listBasins({ prefix: "", startAfter: "", limit: 2 });
    expect(first.items.map((b) => b.name)).toEqual(["archive-cold", "prod-events"]);
    expect(first.hasMore).toBe(true);
    const next = store.listBasins({ prefix: "", startAfter: "prod-events", limit: 2 });
    expect(next.items.map((b) => b.name)).toEqual(["staging-sandbox"]);
    expect(next.hasMore).toBe(false);
    expect(store.listBasins({ prefix: "pro", startAfter: "", limit: 10 }).items.map((b) => b.name)).toEqual([
      "prod-events",
    ]);
    expect(
      store.listBasins({ prefix: "", startAfter: "", limit: 10, scope: { exact: "archive-cold" } }).items,
    ).toHaveLength(1);
  });
});
