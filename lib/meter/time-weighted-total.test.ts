import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { timeWeightedTotal, unitSecondsToUnitHours } from "./time-weighted-total";

const H = 3_600;
const GB = 1e9;

describe("timeWeightedTotal", () => {
  it("reproduces CONTRACT.md's worked example: 5 GB for 2 h then 7 GB for 30 min = 13.5 GB·h", () => {
    const points: Point[] = [
      [0, 5 * GB],
      [2 * H, 7 * GB],
    ];
    const total = timeWeightedTotal(points, { start: 0, end: 2.5 * H });
    expect(total).not.toBeNull();
    expect(unitSecondsToUnitHours(total ?? Number.NaN)).toBe(13.5 * GB);
    // Neither averaging ((5+7)/2 × 2.5 h = 15) nor summing (12) the readings gives the right answer.
    expect(unitSecondsToUnitHours(total ?? 0)).not.toBe(15 * GB);
  });

  it("counts a reading at start and ignores a reading exactly at end (end is exclusive)", () => {
    const points: Point[] = [
      [100, 2],
      [200, 1_000],
    ];
    expect(timeWeightedTotal(points, { start: 100, end: 200 })).toBe(2 * 100);
  });

  it("treats a reading taken before the range as in effect from the range start", () => {
    const points: Point[] = [
      [0, 3],
      [500, 4],
    ];
    expect(timeWeightedTotal(points, { start: 300, end: 600 })).toBe(3 * 200 + 4 * 100);
  });

  it("does not invent a level before the first reading", () => {
    expect(timeWeightedTotal([[400, 10]], { start: 0, end: 1_000 })).toBe(10 * 600);
  });

  it("holds a single reading until the range end", () => {
    expect(timeWeightedTotal([[0, 7]], { start: 0, end: H })).toBe(7 * H);
  });

  it("clips readings that run past the end of the range", () => {
    const points: Point[] = [
      [0, 1],
      [50, 2],
      [5_000, 3],
    ];
    expect(timeWeightedTotal(points, { start: 0, end: 100 })).toBe(1 * 50 + 2 * 50);
  });

  it("returns null (no data) for no readings, or readings only after the range", () => {
    expect(timeWeightedTotal([], { start: 0, end: H })).toBeNull();
    expect(timeWeightedTotal([[H, 5]], { start: 0, end: H })).toBeNull();
  });

  it("distinguishes a held zero from no data", () => {
    expect(timeWeightedTotal([[0, 0]], { start: 0, end: H })).toBe(0);
  });

  it("sorts unsorted input instead of miscounting it", () => {
    const sorted: Point[] = [
      [0, 5],
      [60, 9],
      [120, 1],
    ];
    const shuffled: Point[] = [sorted[2] as Point, sorted[0] as Point, sorted[1] as Point];
    const range = { start: 0, end: 200 };
    expect(timeWeightedTotal(shuffled, range)).toBe(timeWeightedTotal(sorted, range));
  });

  it("lets the later of two same-instant readings win", () => {
    expect(
      timeWeightedTotal(
        [
          [0, 1],
          [0, 2],
        ],
        { start: 0, end: 10 },
      ),
    ).toBe(20);
  });

  it("does not carry the last reading past now when the range ends in the future", () => {
    expect(timeWeightedTotal([[0, 4]], { start: 0, end: 120 }, { now: 90 })).toBe(4 * 90);
  });

  it("is additive: the total over [a, c) is the total over [a, b) plus [b, c)", () => {
    const pointsArb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e6 })),
      {
        minLength: 1,
      },
    );
    fc.assert(
      fc.property(
        pointsArb,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (raw, d1, d2) => {
          const points = raw as Point[];
          const a = Math.min(...points.map((p) => p[0])); // a reading is in effect from a onwards
          const b = a + d1;
          const c = b + d2;
          const whole = timeWeightedTotal(points, { start: a, end: c });
          const left = timeWeightedTotal(points, { start: a, end: b });
          const right = timeWeightedTotal(points, { start: b, end: c });
          expect(whole).toBe((left ?? 0) + (right ?? 0));
        },
      ),
    );
  });

  it("equals level × duration for a constant gauge", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 30 * 86_400 }),
        (level, duration) => {
          expect(timeWeightedTotal([[0, level]], { start: 0, end: duration })).toBe(level * duration);
        },
      ),
    );
  });
});
