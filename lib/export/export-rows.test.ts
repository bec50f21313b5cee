import { describe, expect, it } from "vitest";
import type { ApiAccumulationMetric, ApiGaugeMetric } from "@/lib/api/contract";
import { shapeBarChart } from "@/lib/chart-data/bar-chart";
import type { MetricsByType } from "@/lib/chart-data/split-metrics";
import { statCardsFor } from "@/lib/chart-data/stat-cards";
import { accumulationRows, exportRows, gaugeRows } from "./export-rows";

const at = (iso: string) => Date.parse(iso) / 1000;
const H = 3_600;
const metrics = (part: Partial<MetricsByType>): MetricsByType => ({
  scalars: [],
  accumulations: [],
  gauges: [],
  labels: [],
  ...part,
});

// 2026-11-01 in New York: clocks go back at 06:00Z (02:00 EDT -> 01:00 EST), so 01:00 happens twice.
const start = at("2026-11-01T04:00:00Z");
const range = { start, end: start + 5 * H };
const now = start + 4 * H + 1_800; // half-way through the last bucket
const appends: ApiAccumulationMetric = {
  name: "standard",
  unit: "operations",
  interval: "hour",
  // 05:00Z absent (no data), 06:00Z a recorded zero, 08:00Z still filling.
  values: [
    [start, 12],
    [start + 2 * H, 0],
    [start + 3 * H, 7],
    [start + 4 * H, 3],
  ],
};

describe("accumulationRows", () => {
  const opts = { range, now, interval: "hour" as const, zone: "America/New_York" };
  const rows = accumulationRows(appends, opts);

  it("has one row per bucket of the chart's axis, with the chart's values", () => {
    const chart = shapeBarChart([appends], { ...range, now, interval: "hour" }, 2_000);
    expect(rows.map((r) => [r.start, r.end, r.value, r.partial])).toEqual(
      chart.rows.map((b) => [b.from, b.to, b.s0, b.partial]),
    );
  });

  it("keeps a blank bucket blank, a recorded zero 0, and flags the bucket still filling", () => {
    expect(rows.map((r) => r.value)).toEqual([12, null, 0, 7, 3]);
    expect(rows.map((r) => r.partial)).toEqual([false, false, false, false, true]);
  });

  it("gives each bucket's rate per second as the bars draw it, the filling bucket over its elapsed seconds", () => {
    expect(rows.map((r) => r.ratePerSecond)).toEqual([12 / H, null, 0, 7 / H, 3 / 1_800]);
  });

  it("crosses the fall-back with hour-long buckets (epoch seconds are never repeated)", () => {
    expect(rows.map((r) => r.end - r.start)).toEqual([H, H, H, H, H]);
    expect(rows[1]?.start).toBe(at("2026-11-01T05:00:00Z"));
    expect(rows[2]?.start).toBe(at("2026-11-01T06:00:00Z"));
  });
});

describe("gaugeRows", () => {
  const storage: ApiGaugeMetric = {
    name: "storage",
    unit: "bytes",
    values: [
      [start - H, 5], // before the range: in effect from its start
      [start + H, 7],
      [start + 3 * H, 2],
    ],
  };
  const opts = { range, now, interval: "hour" as const, zone: "UTC" };

  it("has one row per reading in effect, each held until the next reading or now", () => {
    const rows = gaugeRows(storage, opts);
    expect(rows.map((r) => [r.start, r.end, r.value, r.partial])).toEqual([
      [start - H, start + H, 5, false],
      [start + H, start + 3 * H, 7, false],
      [start + 3 * H, now, 2, true],
    ]);
  });

  it("spans times readings add up to the stat card's time-weighted total", () => {
    const rows = gaugeRows(storage, opts);
    const byteSeconds = rows.reduce(
      (sum, r) => sum + (r.value as number) * (r.end - Math.max(r.start, range.start)),
      0,
    );
    const total = statCardsFor(metrics({ gauges: [storage] }), { range, now, zone: "UTC" }).find(
      (c) => c.testId === "stat-gauge-total",
    );
    expect(byteSeconds / 3_600).toBe(total?.raw);
  });

  it("leaves out readings after now (never claims a future level)", () => {
    const early = { ...opts, now: start + 2 * H };
    expect(gaugeRows(storage, early).map((r) => r.value)).toEqual([5, 7]);
  });
});

describe("exportRows", () => {
  const express: ApiAccumulationMetric = { ...appends, name: "express", values: [[start + H, 4]] };
  const set = metrics({ accumulations: [appends, express] });
  const opts = { range, now, interval: "hour" as const, zone: "UTC" };

  it("orders rows by time, then series by name", () => {
    const rows = exportRows(set, opts).filter((r) => r.kind === "bucket");
    expect(rows.slice(0, 4).map((r) => [r.start, r.series])).toEqual([
      [start, "express"],
      [start, "standard"],
      [start + H, "express"],
      [start + H, "standard"],
    ]);
  });

  it("ends with summary rows equal to the stat cards, in the same order", () => {
    const summary = exportRows(set, opts).filter((r) => r.kind === "summary");
    const cards = statCardsFor(set, { range, now, zone: "UTC" });
    expect(summary.map((r) => r.value)).toEqual(cards.map((c) => c.raw));
    expect(summary.map((r) => [r.series, r.statistic])).toEqual([
      ["", "total"],
      ["express", "total"],
      ["standard", "total"],
    ]);
    expect(summary[0]?.value).toBe(12 + 0 + 7 + 3 + 4);
  });

  it("says a gauge's time-weighted total is in byte-hours", () => {
    const gauge: ApiGaugeMetric = { name: "metered_size", unit: "bytes", values: [[start, 10]] };
    const summary = exportRows(metrics({ gauges: [gauge] }), opts).filter((r) => r.kind === "summary");
    expect(summary.map((r) => [r.statistic, r.unit, r.value])).toEqual([
      ["latest", "bytes", 10],
      ["peak", "bytes", 10],
      ["time-weighted total", "byte-hours", 10 * 4.5],
    ]);
  });

  it("exports label values as rows (the active basins)", () => {
    const rows = exportRows(
      metrics({ labels: [{ name: "active-basins", values: ["a-basin", "=cmd"] }] }),
      opts,
    );
    expect(rows.map((r) => [r.kind, r.value])).toEqual([
      ["label", "a-basin"],
      ["label", "=cmd"],
    ]);
  });
});
