import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openStore } from "@/lib/local-s2/store";
import { accumulationStats } from "@/lib/meter/accumulation-stats";
import { alignDown } from "@/lib/time-range/epoch-range";
import { periodChange, previousPeriod, shiftMetrics, shiftPoints } from "./compare-period";

const H = 3_600;
const D = 86_400;

describe("previousPeriod", () => {
  it("is the same length immediately before a whole-bucket window", () => {
    const { range, offset } = previousPeriod({ start: 10 * D, end: 11 * D }, H);
    expect(range).toEqual({ start: 9 * D, end: 10 * D });
    expect(offset).toBe(D);
  });

  it("shifts by whole buckets when the window ends inside one (at now), keeping its length", () => {
    // 24 h view by hour, 20 minutes into the current hour: 25 buckets, the last one partial.
    const current = { start: 10 * D, end: 11 * D + 1_200 };
    const { range, offset } = previousPeriod(current, H);
    expect(offset).toBe(25 * H);
    expect(range.end - range.start).toBe(current.end - current.start);
    expect(range.start % H).toBe(0);
    expect(range.end).toBeLessThanOrEqual(current.start);
    expect(current.start - range.end).toBeLessThan(H);
  });

  it("always ends no later than the current start, lines buckets up, and is as long", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(60, H, D),
        fc.integer({ min: 1_000, max: 100_000 }),
        fc.integer({ min: 1, max: 30 * D }),
        (interval, startBucket, length) => {
          const current = { start: startBucket * interval, end: startBucket * interval + length };
          const { range, offset } = previousPeriod(current, interval);
          expect(range.end - range.start).toBe(length);
          expect(range.end).toBeLessThanOrEqual(current.start);
          expect(offset % interval).toBe(0);
          expect(range.start + offset).toBe(current.start);
        },
      ),
    );
  });
});

describe("shiftPoints / shiftMetrics", () => {
  it("moves times, never values, and keeps absent buckets absent", () => {
    expect(
      shiftPoints(
        [
          [0, 5],
          [120, 0],
        ],
        D,
      ),
    ).toEqual([
      [D, 5],
      [D + 120, 0],
    ]);
  });

  it("moves a reduced gauge's latest and peak with its readings", () => {
    const shifted = shiftMetrics(
      {
        scalars: [],
        labels: [],
        accumulations: [{ name: "a", unit: "operations", interval: "hour", values: [[0, 1]] }],
        gauges: [
          {
            name: "g",
            unit: "bytes",
            values: [[0, 3]],
            reduced: {
              readings: 9,
              latest: { t: 60, value: 3 },
              peak: { t: 30, value: 4 },
              totalUnitSeconds: 9,
            },
          },
        ],
      },
      H,
    );
    expect(shifted.accumulations[0]?.values).toEqual([[H, 1]]);
    expect(shifted.gauges[0]?.values).toEqual([[H, 3]]);
    expect(shifted.gauges[0]?.reduced?.latest).toEqual({ t: H + 60, value: 3 });
    expect(shifted.gauges[0]?.reduced?.peak).toEqual({ t: H + 30, value: 4 });
    expect(shifted.gauges[0]?.reduced?.totalUnitSeconds).toBe(9);
  });
});

describe("periodChange", () => {
  it("is the relative change when both periods have data", () => {
    expect(periodChange(112, 100)).toEqual({ kind: "ratio", ratio: 0.12 });
    expect(periodChange(50, 100)).toEqual({ kind: "ratio", ratio: -0.5 });
  });

  it("has no percentage from 0, and says unchanged for 0 to 0", () => {
    expect(periodChange(5, 0)).toEqual({ kind: "from-zero" });
    expect(periodChange(0, 0)).toEqual({ kind: "unchanged" });
  });

  it("never reads a blank period as 0", () => {
    expect(periodChange(5, null)).toEqual({ kind: "no-previous" });
    expect(periodChange(null, 5)).toEqual({ kind: "no-current" });
    expect(periodChange(null, null)).toEqual({ kind: "no-previous" });
  });
});

describe("previousPeriod compares like for like while the last bucket fills", () => {
  it("ends at the same point of its last bucket as the current window (end − offset, not a bucket edge)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(60, H, D),
        fc.integer({ min: 1_000, max: 100_000 }),
        fc.integer({ min: 1, max: 30 * D }),
        (interval, startBucket, length) => {
          const current = { start: startBucket * interval, end: startBucket * interval + length };
          const { range } = previousPeriod(current, interval);
          // The previous last bucket is cut where the current one has got to: the same fraction of it.
          expect(range.end - alignDown(range.end, interval)).toBe(
            current.end - alignDown(current.end, interval),
          );
          expect(range.end % interval === 0).toBe(current.end % interval === 0);
        },
      ),
    );
  });

  it("gives a steady counter the same total in both periods from the embedded backend (end exclusive)", () => {
    const store = openStore(":memory:");
    try {
      // One append per minute, every minute, for three days.
      const T0 = 1_767_225_600;
      const counters = Array.from({ length: 3 * 1_440 }, (_, i) => ({
        ts: T0 + i * 60,
        set: "append-ops" as const,
        basin: "b",
        series: "standard",
        value: 1,
      }));
      store.write({ counters, gauges: [] });
      // A 24 h view by hour, 20 minutes into the current hour: its last bucket holds 20 minutes so far.
      const current = { start: T0 + 2 * D - 23 * H, end: T0 + 2 * D + H + 20 * 60 };
      const previous = previousPeriod(current, H).range;
      const total = (range: { start: number; end: number }) =>
        accumulationStats(
          store.accumulate("append-ops", "b", range.start, range.end, H).get("standard") ?? [],
          {
            ...range,
            intervalSeconds: H,
          },
        ).total;
      expect(total(current)).toBe(24 * 60 + 20);
      expect(total(previous)).toBe(total(current));
    } finally {
      store.close();
    }
  });
});
