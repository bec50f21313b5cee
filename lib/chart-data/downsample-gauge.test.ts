import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { downsampleMinMax } from "./downsample-gauge";

/** Evenly spaced readings, as S2 sends a gauge. */
const seriesArb = fc
  .array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 2_000 })
  .map((values) => values.map((v, i): Point => [i * 60, v]));

const isSubsequence = (sub: Point[], of: Point[]) => {
  let j = 0;
  for (const p of of) if (j < sub.length && sub[j] === p) j++;
  return j === sub.length;
};

describe("downsampleMinMax's contract", () => {
  it("keeps at most maxPoints, the first and last reading, and only real readings in order", () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 4, max: 500 }), (points, maxPoints) => {
        const out = downsampleMinMax(points, maxPoints);
        expect(out.length).toBeLessThanOrEqual(maxPoints);
        expect(out[0]).toBe(points[0]);
        expect(out.at(-1)).toBe(points.at(-1));
        expect(isSubsequence(out, points)).toBe(true);
      }),
    );
  });

  it("leaves a series that already fits untouched", () => {
    const points: Point[] = [
      [0, 1],
      [60, 2],
      [120, 3],
    ];
    expect(downsampleMinMax(points, 4)).toEqual(points);
  });

  it("rejects a budget too small to keep both ends and a shape", () => {
    expect(() => downsampleMinMax([], 3)).toThrow(RangeError);
  });
});

describe("downsampleMinMax", () => {
  it("preserves the global maximum and minimum, so the peak stat card is visible on the chart", () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 4, max: 500 }), (points, maxPoints) => {
        const out = downsampleMinMax(points, maxPoints);
        const values = (ps: Point[]) => ps.map((p) => p[1]);
        expect(Math.max(...values(out))).toBe(Math.max(...values(points)));
        expect(Math.min(...values(out))).toBe(Math.min(...values(points)));
      }),
    );
  });

  it("keeps a one-reading spike in a long flat step series", () => {
    const points: Point[] = Array.from({ length: 10_000 }, (_, i) => [
      i * 60,
      i === 4_321 ? 50 : i < 5_000 ? 10 : 20,
    ]);
    const out = downsampleMinMax(points, 40);
    expect(out).toContainEqual([4_321 * 60, 50]);
  });
});
