import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { type Bucket, fillBuckets } from "./fill-buckets";
import { fillBucketsToWidth, fitGaugeToWidth } from "./fit-to-width";

const H = 3_600;
const total = (bs: Bucket[]) => bs.reduce((s, b) => s + (b.value ?? 0), 0);

describe("fitGaugeToWidth", () => {
  it("leaves a short series as it is", () => {
    const points: Point[] = [[0, 1]];
    expect(fitGaugeToWidth(points, 600)).toEqual(points);
  });

  it("downsamples 30 days of per-minute storage to two points per pixel", () => {
    const points: Point[] = Array.from({ length: 30 * 1_440 }, (_, i) => [i * 60, i]);
    expect(fitGaugeToWidth(points, 500)).toHaveLength(1_000);
  });
});

describe("fillBucketsToWidth", () => {
  it("re-buckets a week of minute bars to what 600 px can show, keeping the total", () => {
    const points: Point[] = Array.from({ length: 7 * 1_440 }, (_, i) => [i * 60, 1]);
    const bars = fillBucketsToWidth(points, { start: 0, end: 7 * 86_400, intervalSeconds: 60, now: 0 }, 600);
    expect(bars.length).toBeLessThanOrEqual(200);
    expect(total(bars)).toBe(points.length);
  });

  it("draws a week of hourly data on a narrow chart as whole days, never 20 h bars", () => {
    const points: Point[] = Array.from({ length: 168 }, (_, i) => [i * H, 1]);
    const bars = fillBucketsToWidth(points, { start: 0, end: 168 * H, intervalSeconds: H, now: 0 }, 40);
    expect(bars.map((b) => b.to - b.from)).toEqual(Array(7).fill(24 * H));
    expect(bars.map((b) => b.value)).toEqual(Array(7).fill(24));
  });

  it("lays every bucket out when they fit, and keeps totals and no-data gaps when grouping", () => {
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
          const filled = fillBuckets(points as Point[], axis);
          const bars = fillBucketsToWidth(points as Point[], axis, widthPx);
          expect(total(bars)).toBe(total(filled));
          // Bars tile the filled axis exactly.
          expect(bars[0]?.from).toBe(filled[0]?.from);
          expect(bars.at(-1)?.to).toBe(filled.at(-1)?.to);
          for (let i = 1; i < bars.length; i++) expect(bars[i]?.from).toBe(bars[i - 1]?.to);
          for (const bar of bars) {
            const inside = filled.filter((b) => b.from >= bar.from && b.to <= bar.to);
            expect(bar.value === null).toBe(inside.every((b) => b.value === null));
            expect(bar.partial).toBe(inside.some((b) => b.partial));
          }
          if (filled.length <= Math.floor(widthPx / 3)) expect(bars).toEqual(filled);
        },
      ),
      { numRuns: 500 },
    );
  });
});
