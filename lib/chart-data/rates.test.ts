import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BucketRow, describeSeries } from "./merge-series";
import { bucketRate, bucketSeconds, toRateRows } from "./rates";

const H = 3_600;

describe("bucketSeconds", () => {
  it("is the bucket's width for a whole bucket, past or cut by the view's end", () => {
    expect(bucketSeconds({ from: 0, to: H }, 10 * H)).toBe(H);
    expect(bucketSeconds({ from: 0, to: H }, H)).toBe(H);
  });

  it("is the seconds elapsed for the bucket still filling", () => {
    expect(bucketSeconds({ from: 0, to: H }, 900)).toBe(900);
    expect(bucketSeconds({ from: 0, to: H }, 0)).toBe(H);
  });
});

describe("bucketRate", () => {
  it("divides a whole bucket's total by its width: 7,200 operations in an hour is 2 per second", () => {
    expect(bucketRate(7_200, { from: 0, to: H }, 2 * H)).toBe(2);
  });

  it("divides the partial bucket by its elapsed seconds, so a steady rate reads the same", () => {
    // 15 minutes into the hour at 2/s: 1,800 so far.
    expect(bucketRate(1_800, { from: H, to: 2 * H }, H + 900)).toBe(2);
  });

  it("keeps a blank bucket blank and a recorded zero zero", () => {
    expect(bucketRate(null, { from: 0, to: 60 }, 120)).toBeNull();
    expect(bucketRate(0, { from: 0, to: 60 }, 120)).toBe(0);
  });

  it("times the bucket's seconds gives back its total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000 }),
        fc.constantFrom(60, H, 86_400),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 200_000 }),
        (index, width, total, nowOffset) => {
          const bucket = { from: index * width, to: (index + 1) * width };
          const now = bucket.from + nowOffset;
          const rate = bucketRate(total, bucket, now);
          expect(rate).not.toBeNull();
          expect((rate ?? 0) * bucketSeconds(bucket, now)).toBeCloseTo(total, 3);
        },
      ),
    );
  });
});

describe("toRateRows", () => {
  it("turns every series into a rate per row and leaves no-data cells null", () => {
    const series = describeSeries(["standard", "express"]);
    const [express, standard] = series;
    if (express === undefined || standard === undefined) throw new Error("two series");
    const rows: BucketRow[] = [
      { from: 0, to: 60, partial: false, [express.key]: 120, [standard.key]: null } as BucketRow,
      { from: 60, to: 120, partial: true, [express.key]: 30, [standard.key]: 0 } as BucketRow,
    ];
    const rates = toRateRows(rows, series, 90);
    expect(rates[0]?.[express.key]).toBe(2);
    expect(rates[0]?.[standard.key]).toBeNull();
    expect(rates[1]?.[express.key]).toBe(1);
    expect(rates[1]?.[standard.key]).toBe(0);
    expect(rates[1]?.partial).toBe(true);
  });
});
