import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bucket } from "./fill-buckets";
import { chooseRebucketFactor, rebucketSum } from "./rebucket-sum";

const H = 3_600;
const hourly = (values: (number | null)[], partialAt = -1, first = 0): Bucket[] =>
  values.map((value, i) => ({
    from: first + i * H,
    to: first + (i + 1) * H,
    value,
    partial: i === partialAt,
  }));

describe("rebucketSum", () => {
  it("sums consecutive buckets and records the span each display bucket covers", () => {
    const out = rebucketSum(hourly([1, 2, 3, 4, 5, 6, 7, 8]), { factor: 4 });
    expect(out).toEqual([
      { from: 0, to: 4 * H, value: 10, partial: false },
      { from: 4 * H, to: 8 * H, value: 26, partial: false },
    ]);
  });

  it("keeps a span with no data as null, while a span with a recorded 0 is 0", () => {
    const out = rebucketSum(hourly([null, null, null, 0]), { factor: 2 });
    expect(out.map((b) => b.value)).toEqual([null, 0]);
  });

  it("marks a display bucket partial when any of its buckets is", () => {
    const out = rebucketSum(hourly([1, 1, 1, 1], 3), { factor: 2 });
    expect(out.map((b) => b.partial)).toEqual([false, true]);
  });

  it("aligns groups to the clock so bars do not reshuffle as a sliding window refreshes", () => {
    const before = rebucketSum(hourly([1, 1, 1, 1, 1, 1, 1, 1], -1, 0), { factor: 4 });
    const after = rebucketSum(hourly([1, 1, 1, 1, 1, 1, 1, 1], -1, H), { factor: 4 });
    expect(before.map((b) => b.from)).toEqual([0, 4 * H]);
    // One hour later the full 4h group in the middle is the same one; only the edges are shorter.
    expect(after.map((b) => [b.from, b.to])).toEqual([
      [H, 4 * H],
      [4 * H, 8 * H],
      [8 * H, 9 * H],
    ]);
  });

  it("with maxBuckets, prefers a nice group size (6 h of minutes to 100 bars -> 4-minute bars)", () => {
    const minutes: Bucket[] = Array.from({ length: 360 }, (_, i) => ({
      from: i * 60,
      to: i * 60 + 60,
      value: 1,
      partial: false,
    }));
    expect(chooseRebucketFactor(minutes, 100)).toBe(4);
    const out = rebucketSum(minutes, { maxBuckets: 100 });
    expect(out).toHaveLength(90);
    expect(out[0]).toEqual({ from: 0, to: 240, value: 4, partial: false });
  });

  it("returns the series unchanged when it already fits", () => {
    const series = hourly([1, null, 3]);
    expect(rebucketSum(series, { maxBuckets: 10 })).toEqual(series);
    expect(rebucketSum([], { maxBuckets: 10 })).toEqual([]);
  });

  it("never exceeds maxBuckets and never changes the total or invents data", () => {
    const value = fc.option(fc.integer({ min: 0, max: 1_000 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 3_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 2, max: 400 }),
        (values, offset, maxBuckets) => {
          const source = hourly(values, -1, offset * H);
          const out = rebucketSum(source, { maxBuckets });
          expect(out.length).toBeLessThanOrEqual(maxBuckets);
          const sum = (bs: Bucket[]) => bs.reduce((s, b) => s + (b.value ?? 0), 0);
          expect(sum(out)).toBe(sum(source));
          // Spans tile the source axis exactly.
          expect(out[0]?.from).toBe(source[0]?.from);
          expect(out.at(-1)?.to).toBe(source.at(-1)?.to);
          for (let i = 1; i < out.length; i++) expect(out[i]?.from).toBe(out[i - 1]?.to);
          for (const b of out) {
            const inside = source.filter((s) => s.from >= b.from && s.to <= b.to);
            expect(b.value === null).toBe(inside.every((s) => s.value === null));
          }
        },
      ),
    );
  });
});
