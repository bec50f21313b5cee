import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { reduceForScreen } from "./screen-reduction";

const MINUTE = 60;
const DAY = 86_400;
const range = { start: 0, end: 30 * DAY };
const minutes = (f: (i: number) => number | null): Point[] =>
  Array.from({ length: (30 * DAY) / MINUTE }, (_, i) => [i * MINUTE, f(i)] as const)
    .filter((p): p is [number, number] => p[1] !== null)
    .map(([t, v]) => [t, v]);

describe("reduceForScreen", () => {
  const gauge = {
    gauge: { name: "storage", unit: "bytes" as const, values: minutes((i) => (i === 12_345 ? 9e9 : i % 7)) },
  };
  const acc = {
    accumulation: {
      name: "standard",
      unit: "operations" as const,
      interval: "minute" as const,
      values: minutes((i) => (i < 1_440 ? null : 1)),
    },
  };

  it("sums accumulations into the bars the chart's width holds, gauges into its line points, in S2's order", () => {
    const answer = reduceForScreen({ values: [acc, gauge] }, { range, now: range.end, points: 2_400 });
    const [bars, line] = answer.values;
    if (!bars || !("accumulation" in bars) || !line || !("gauge" in line)) throw new Error("order lost");
    // 2,400 points is a 1,200 px chart: 400 bars of 3 px; 30 days fit in 360 bars of 2 hours.
    expect(bars.accumulation.reduced?.bucketSeconds).toBe(2 * 3_600);
    expect(bars.accumulation.values).toHaveLength(360 - 12); // the first day is blank and stays blank
    expect(bars.accumulation.reduced?.total).toBe(29 * 1_440);
    expect(line.gauge.values.length).toBeLessThanOrEqual(2_400);
    expect(line.gauge.values.length).toBeGreaterThan(400);
    expect(line.gauge.values).toContainEqual([12_345 * MINUTE, 9e9]);
    expect(line.gauge.reduced?.peak).toEqual({ t: 12_345 * MINUTE, value: 9e9 });
  });

  it("answers S2's own set without a point budget", () => {
    const set = { values: [acc, gauge] };
    expect(reduceForScreen(set, { range, now: range.end })).toBe(set);
  });
});
