import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accumulationStats } from "@/lib/meter/accumulation-stats";
import type { Point } from "@/lib/s2/contract";
import { alignDown } from "@/lib/time-range/epoch-range";
import { fillBuckets } from "./fill-buckets";

const H = 3_600;

describe("fillBuckets", () => {
  it("puts every bucket of the range on the axis, absent ones as null and recorded zeros as 0", () => {
    const buckets = fillBuckets(
      [
        [0, 5],
        [2 * H, 0],
      ],
      { start: 0, end: 4 * H, intervalSeconds: H, now: 10 * H },
    );
    expect(buckets.map((b) => [b.from, b.to, b.value])).toEqual([
      [0, H, 5],
      [H, 2 * H, null],
      [2 * H, 3 * H, 0],
      [3 * H, 4 * H, null],
    ]);
  });

  it("starts at the bucket holding start and stops before end", () => {
    const buckets = fillBuckets([], {
      start: 13 * H + 37 * 60,
      end: 15 * H + 60,
      intervalSeconds: H,
      now: 0,
    });
    expect(buckets.map((b) => b.from)).toEqual([13 * H, 14 * H, 15 * H]);
    const exact = fillBuckets([], { start: 13 * H, end: 15 * H, intervalSeconds: H, now: 0 });
    expect(exact.map((b) => b.from)).toEqual([13 * H, 14 * H]);
  });

  it("marks only the bucket holding now as partial", () => {
    const buckets = fillBuckets([[2 * H, 3]], { start: 0, end: 3 * H, intervalSeconds: H, now: 2 * H + 10 });
    expect(buckets.map((b) => b.partial)).toEqual([false, false, true]);
    const past = fillBuckets([], { start: 0, end: 3 * H, intervalSeconds: H, now: 3 * H });
    expect(past.some((b) => b.partial)).toBe(false);
  });

  it("drops points off the axis and sums two points in one bucket", () => {
    const buckets = fillBuckets(
      [
        [-H, 100],
        [0, 1],
        [0, 2],
        [5 * H, 100],
      ],
      { start: 0, end: H, intervalSeconds: H, now: 0 },
    );
    expect(buckets).toEqual([{ from: 0, to: H, value: 3, partial: true }]);
  });

  it("refuses a zero interval or an absurdly long axis instead of hanging", () => {
    expect(() => fillBuckets([], { start: 0, end: 10, intervalSeconds: 0, now: 0 })).toThrow(RangeError);
    expect(() => fillBuckets([], { start: 0, end: 1e9, intervalSeconds: 1, now: 0 })).toThrow(RangeError);
  });

  it("agrees with the stat card: the bars sum to the accumulation total", () => {
    const interval = 60;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 1_000 }))),
        (start, length, raw) => {
          const axis = { start, end: start + length, intervalSeconds: interval };
          const points: Point[] = raw.map(([i, v]) => [alignDown(start, interval) + (i - 500) * interval, v]);
          const buckets = fillBuckets(points, { ...axis, now: 0 });
          expect(buckets.length).toBe(Math.ceil((axis.end - alignDown(start, interval)) / interval));
          const present = buckets.filter((b) => b.value !== null);
          const barSum = present.length === 0 ? null : present.reduce((s, b) => s + (b.value ?? 0), 0);
          expect(barSum).toBe(accumulationStats(points, axis).total);
        },
      ),
    );
  });
});
