import { describe, expect, it } from "vitest";
import { alignedColumns, benchMetrics, maxShown, rechartsRows, stackColumns } from "./bench-data";

describe("bench data", () => {
  it("aligns every series on one column per minute, null where a bucket was left out", () => {
    const m = benchMetrics({ kind: "bars", series: 2, readings: 120 });
    const { xs, ys } = alignedColumns(m);
    const [first = [], second = []] = ys;
    expect(xs).toHaveLength(120);
    expect((xs[1] ?? 0) - (xs[0] ?? 0)).toBe(60);
    expect(first.filter((v) => v !== null)).toHaveLength(m.accumulations[0]?.values.length ?? -1);
    expect(rechartsRows(m)[5]).toEqual({ t: xs[5], s0: first[5], s1: second[5] });
  });

  it("stacks bars with series 0 at the bottom, a missing part adding nothing", () => {
    expect(
      stackColumns([
        [1, null, 3],
        [10, 20, null],
      ]),
    ).toEqual([
      [1, null, 3],
      [11, 20, 3],
    ]);
    expect(
      maxShown(
        [
          [1, null, 3],
          [10, 20, null],
        ],
        true,
      ),
    ).toBe(20);
    expect(
      maxShown(
        [
          [1, null, 3],
          [10, 20, null],
        ],
        false,
      ),
    ).toBe(20);
  });

  it("draws the same seeded data for the same job", () => {
    const job = { kind: "gauge", series: 1, readings: 50 } as const;
    expect(benchMetrics(job).gauges).toEqual(benchMetrics(job).gauges);
  });
});
