import { describe, expect, it } from "vitest";
import type { AccumulationMetric, Point } from "@/lib/s2/contract";
import { shapeBarChart } from "./bar-chart";

const H = 3_600;

function acc(
  name: string,
  values: Point[],
  interval: AccumulationMetric["interval"] = "minute",
): AccumulationMetric {
  return { name, unit: "operations", interval, values };
}

describe("shapeBarChart", () => {
  const range = { start: 0, end: H, now: H - 30, interval: "minute" as const };

  it("lays every minute of the range on the axis, absent buckets as null and zeros as zero", () => {
    const chart = shapeBarChart(
      [
        acc("standard", [
          [60, 0],
          [120, 5],
        ]),
      ],
      range,
      1_200,
    );
    expect(chart.rows).toHaveLength(60);
    expect(chart.rows[0]?.s0).toBeNull();
    expect(chart.rows[1]?.s0).toBe(0);
    expect(chart.rows[2]?.s0).toBe(5);
    expect(chart.rows[59]?.partial).toBe(true);
    expect(chart.barSeconds).toBe(60);
  });

  it("sums buckets into wider bars when the width cannot show them all, keeping totals", () => {
    const values: Point[] = Array.from({ length: 24 * 60 }, (_, i) => [i * 60, 1]);
    const chart = shapeBarChart([acc("standard", values)], { ...range, end: 24 * H, now: 24 * H }, 600);
    expect(chart.rows.length).toBeLessThanOrEqual(200);
    expect(chart.barSeconds).toBeGreaterThan(60);
    expect(chart.rows.reduce((sum, r) => sum + (r.s0 ?? 0), 0)).toBe(24 * 60);
  });

  it("scales the value axis to the tallest stack, not the tallest series", () => {
    const chart = shapeBarChart(
      [
        acc("standard", [[0, 600]]),
        acc("express", [
          [0, 500],
          [60, 100],
        ]),
      ],
      range,
      1_200,
    );
    expect(chart.valueAxis.domainMax).toBeGreaterThanOrEqual(1_100);
    expect(chart.series.map((s) => s.name)).toEqual(["express", "standard"]);
  });

  it("puts series of different intervals on the coarsest one", () => {
    const chart = shapeBarChart(
      [
        acc("a", [
          [0, 1],
          [60, 2],
        ]),
        acc("b", [[0, 7]], "hour"),
      ],
      { ...range, end: 2 * H, now: 2 * H },
      1_200,
    );
    expect(chart.sourceSeconds).toBe(H);
    expect(chart.rows[0]?.s0).toBe(3);
    expect(chart.rows[0]?.s1).toBe(7);
  });

  it("uses the requested interval for an empty response", () => {
    const chart = shapeBarChart([], { ...range, interval: "hour" }, 800);
    expect(chart.sourceSeconds).toBe(H);
    expect(chart.rows).toEqual([]);
  });
});

describe("shapeBarChart rates, comparison and isolation", () => {
  const range = { start: 0, end: 2 * H, now: H + 900, interval: "hour" as const };
  const hourly = (name: string, values: Point[]) => acc(name, values, "hour");

  it("draws per-second rates, the partial bucket by its elapsed seconds, and keeps totals for tooltips", () => {
    const chart = shapeBarChart(
      [
        hourly("read", [
          [0, 7_200],
          [H, 1_800],
        ]),
      ],
      { ...range, values: "rate" },
      1_200,
    );
    expect(chart.rows.map((r) => r.s0)).toEqual([2, 2]);
    expect(chart.totals.map((r) => r.s0)).toEqual([7_200, 1_800]);
    expect(chart.valueAxis.suffix).toBe("/s");
  });

  it("keeps blank buckets blank as rates", () => {
    const chart = shapeBarChart([hourly("read", [[H, 60]])], { ...range, values: "rate" }, 1_200);
    expect(chart.rows[0]?.s0).toBeNull();
  });

  it("has the same rate axis unit at minute and at hour: per second", () => {
    const byMinute = shapeBarChart([acc("read", [[0, 120]])], { ...range, values: "rate" }, 1_200);
    const byHour = shapeBarChart([hourly("read", [[0, 7_200]])], { ...range, values: "rate" }, 1_200);
    expect(byMinute.valueAxis.suffix).toBe(byHour.valueAxis.suffix);
    expect(byMinute.rows[0]?.s0).toBe(byHour.rows[0]?.s0);
  });

  it("overlays the previous period's stack, in the drawn terms, null where it had none", () => {
    const previous = [hourly("read", [[0, 3_600]]), hourly("append", [[0, 3_600]])];
    const chart = shapeBarChart(
      [hourly("read", [[0, 7_200]])],
      { ...range, values: "rate", previous },
      1_200,
    );
    expect(chart.rows[0]?.previous).toBe(2);
    expect(chart.rows[1]?.previous).toBeNull();
    const totals = shapeBarChart([hourly("read", [[0, 7_200]])], { ...range, previous }, 1_200);
    expect(totals.rows[0]?.previous).toBe(7_200);
  });

  it("draws only the isolated series and fits the axis to it", () => {
    const both = [hourly("read", [[0, 10]]), hourly("append", [[0, 1_000]])];
    const chart = shapeBarChart(both, { ...range, only: "read" }, 1_200);
    expect(chart.series.map((s) => s.name)).toEqual(["read"]);
    expect(chart.valueAxis.domainMax).toBeLessThan(100);
  });
});
