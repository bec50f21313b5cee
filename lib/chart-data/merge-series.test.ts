import { describe, expect, it } from "vitest";
import type { Bucket } from "./fill-buckets";
import { mergeBucketSeries, mergeSeries } from "./merge-series";

describe("mergeSeries", () => {
  it("makes one row per timestamp with a column per series, null where a series has no reading", () => {
    const { series, rows } = mergeSeries([
      {
        name: "b",
        points: [
          [60, 2],
          [0, 1],
        ],
      },
      { name: "a", points: [[120, 9]] },
    ]);
    expect(series.map((s) => [s.key, s.name])).toEqual([
      ["s0", "a"],
      ["s1", "b"],
    ]);
    expect(rows).toEqual([
      { t: 0, s0: null, s1: 1 },
      { t: 60, s0: null, s1: 2 },
      { t: 120, s0: 9, s1: null },
    ]);
  });

  it("survives series names that look like row fields or paths", () => {
    const { series, rows } = mergeSeries([
      { name: "t", points: [[0, 1]] },
      { name: "a.b", points: [[0, 2]] },
    ]);
    expect(rows).toEqual([{ t: 0, s0: 2, s1: 1 }]);
    expect(series.map((s) => s.name)).toEqual(["a.b", "t"]);
  });

  it("gives each series a distinct palette colour", () => {
    const { series } = mergeSeries([
      { name: "x", points: [] },
      { name: "y", points: [] },
    ]);
    expect(series[0]?.color).not.toBe(series[1]?.color);
  });
});

describe("mergeBucketSeries", () => {
  const bucket = (from: number, value: number | null, partial = false): Bucket => ({
    from,
    to: from + 60,
    value,
    partial,
  });

  it("lines up bars bucket by bucket and keeps no-data as null", () => {
    const { rows } = mergeBucketSeries([
      { name: "unary", buckets: [bucket(0, 3), bucket(60, null, true)] },
      { name: "streaming", buckets: [bucket(0, null), bucket(60, 0, true)] },
    ]);
    expect(rows).toEqual([
      { from: 0, to: 60, partial: false, s0: null, s1: 3 },
      { from: 60, to: 120, partial: true, s0: 0, s1: null },
    ]);
  });
});
