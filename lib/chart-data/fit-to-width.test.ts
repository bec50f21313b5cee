import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { type Bucket, fillBuckets } from "./fill-buckets";
import { fillBucketsToWidth, fitBucketsToWidth, fitGaugeToWidth } from "./fit-to-width";

describe("fitting a series to the chart width", () => {
  const minutes: Bucket[] = Array.from({ length: 7 * 1_440 }, (_, i) => ({
    from: i * 60,
    to: i * 60 + 60,
    value: i % 3 === 0 ? null : 1,
    partial: false,
  }));

  it("re-buckets a week of minute bars to what 600 px can show, keeping the total", () => {
    const bars = fitBucketsToWidth(minutes, 600);
    expect(bars.length).toBeLessThanOrEqual(200);
    const total = (bs: Bucket[]) => bs.reduce((s, b) => s + (b.value ?? 0), 0);
    expect(total(bars)).toBe(total(minutes));
  });

  it("leaves short series as they are", () => {
    expect(fitBucketsToWidth(minutes.slice(0, 60), 600)).toEqual(minutes.slice(0, 60));
    const points: Point[] = [[0, 1]];
    expect(fitGaugeToWidth(points, 600)).toEqual(points);
  });

  it("downsamples 30 days of per-minute storage to two points per pixel", () => {
    const points: Point[] = Array.from({ length: 30 * 1_440 }, (_, i) => [i * 60, i]);
    expect(fitGaugeToWidth(points, 500)).toHaveLength(1_000);
  });
});

describe("fillBucketsToWidth", () => {
  it("draws exactly the bars that filling every bucket and then re-bucketing would", () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 3 * 86_400 }), fc.integer({ min: 0, max: 1_000 }));
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 300 }),
        fc.integer({ min: 0, max: 86_400 }),
        fc.integer({ min: 1, max: 2 * 86_400 }),
        fc.constantFrom(60, 3_600),
        fc.integer({ min: 3, max: 1_300 }),
        fc.integer({ min: 0, max: 3 * 86_400 }),
        (points, start, span, intervalSeconds, widthPx, now) => {
          const axis = { start, end: start + span, intervalSeconds, now };
          expect(fillBucketsToWidth(points as Point[], axis, widthPx)).toEqual(
            fitBucketsToWidth(fillBuckets(points as Point[], axis), widthPx),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
