import { describe, expect, it } from "vitest";
import type { GaugeMetric, Point } from "@/lib/s2/contract";
import { carryLevels, shapeGaugeChart } from "./gauge-chart";
import type { PointRow } from "./merge-series";

const DAY = 86_400;

function gauge(name: string, values: Point[]): GaugeMetric {
  return { name, unit: "bytes", values };
}

describe("shapeGaugeChart", () => {
  it("keeps 30 days of minute readings within two points per pixel, peak included", () => {
    const values: Point[] = Array.from({ length: 30 * 1_440 }, (_, i) => [i * 60, 1_000 + (i % 97)]);
    values[12_345] = [12_345 * 60, 9_999_999];
    const chart = shapeGaugeChart([gauge("metered_size", values)], { start: 0, end: 30 * DAY }, 800);
    expect(chart.rows.length).toBeLessThanOrEqual(1_600);
    expect(chart.readingCount).toBe(43_200);
    expect(Math.max(...chart.rows.map((r) => r.s0 ?? 0))).toBe(9_999_999);
    expect(chart.valueAxis.domainMax).toBeGreaterThanOrEqual(9_999_999);
    expect(chart.domain).toEqual([0, 30 * DAY]);
  });

  it("widens the x extent to a reading taken just before the range", () => {
    const chart = shapeGaugeChart(
      [
        gauge("storage", [
          [3_600, 5],
          [7_200, 6],
        ]),
      ],
      { start: 4_000, end: 9_000 },
      800,
    );
    expect(chart.domain).toEqual([3_600, 9_000]);
  });

  it("carries each series' level between its own readings, never past its last", () => {
    const chart = shapeGaugeChart(
      [
        gauge("a", [
          [0, 1],
          [120, 2],
        ]),
        gauge("b", [
          [60, 10],
          [180, 20],
        ]),
      ],
      { start: 0, end: 300 },
      800,
    );
    expect(chart.rows.map((r) => [r.t, r.s0, r.s1])).toEqual([
      [0, 1, null],
      [60, 1, 10],
      [120, 2, 10],
      [180, null, 20],
    ]);
  });

  it("answers an empty chart for no gauges", () => {
    const chart = shapeGaugeChart([], { start: 0, end: 60 }, 800);
    expect(chart.rows).toEqual([]);
    expect(chart.series).toEqual([]);
  });
});

describe("carryLevels", () => {
  it("does not touch the input rows", () => {
    const rows: PointRow[] = [
      { t: 0, s0: 1 },
      { t: 1, s0: null },
      { t: 2, s0: 3 },
    ];
    const out = carryLevels(rows, ["s0"]);
    expect(out[1]?.s0).toBe(1);
    expect(rows[1]?.s0).toBeNull();
  });
});

describe("the point budget with several series", () => {
  it("is shared: three 30-day minute series still draw at most two points per pixel in all", () => {
    const minutes = (seed: number): Point[] =>
      Array.from({ length: 43_200 }, (_, i) => [i * 60, ((i * 7_919 + seed * 104_729) % 10_007) * 1_000]);
    const chart = shapeGaugeChart(
      [gauge("a", minutes(1)), gauge("b", minutes(2)), gauge("c", minutes(3))],
      { start: 0, end: 30 * DAY },
      1_200,
    );
    expect(chart.rows.length).toBeLessThanOrEqual(2 * 1_200 + 3);
    for (const key of ["s0", "s1", "s2"] as const) {
      expect(Math.max(...chart.rows.map((r) => r[key] ?? 0))).toBe(10_006_000);
    }
  });
});

describe("shapeGaugeChart with the previous period", () => {
  it("adds the previous lines under their own keys, named and coloured as their series", () => {
    const current = gauge("metered_size", [
      [0, 10],
      [3_600, 20],
    ]);
    const previous = gauge("metered_size", [
      [-60, 99],
      [0, 5],
      [3_600, 40],
    ]);
    const chart = shapeGaugeChart([current], { start: 0, end: 7_200 }, 800, { previous: [previous] });
    expect(chart.series.map((s) => s.name)).toEqual(["metered_size"]);
    const [prev] = chart.previousSeries;
    expect(prev?.name).toBe("metered_size");
    expect(prev?.color).toBe(chart.series[0]?.color);
    expect(prev?.key).not.toBe(chart.series[0]?.key);
    expect(chart.rows.map((r) => (prev ? r[prev.key] : undefined))).toEqual([5, 40]);
    expect(chart.valueAxis.domainMax).toBeGreaterThanOrEqual(40);
    expect(chart.domain[0]).toBe(0);
  });

  it("draws only the isolated series", () => {
    const chart = shapeGaugeChart([gauge("a", [[0, 1]]), gauge("b", [[0, 2]])], { start: 0, end: 60 }, 800, {
      only: "b",
    });
    expect(chart.series.map((s) => s.name)).toEqual(["b"]);
  });
});
