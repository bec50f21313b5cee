import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { gaugeStats } from "./gauge-stats";

const H = 3_600;

describe("gaugeStats", () => {
  const points: Point[] = [
    [0, 5],
    [H, 9],
    [2 * H, 7],
  ];

  it("reports the latest reading, the peak with its time, and the total in unit·hours", () => {
    const stats = gaugeStats(points, { start: 0, end: 3 * H });
    expect(stats.latest).toEqual({ t: 2 * H, value: 7 });
    expect(stats.peak).toEqual({ t: H, value: 9 });
    expect(stats.totalUnitHours).toBe(5 + 9 + 7);
    expect(stats.totalUnitSeconds).toBe((5 + 9 + 7) * H);
  });

  it("reports a peak carried in from before the range at the range start", () => {
    const stats = gaugeStats(points, { start: 1.5 * H, end: 3 * H });
    expect(stats.peak).toEqual({ t: 1.5 * H, value: 9 });
    expect(stats.latest).toEqual({ t: 2 * H, value: 7 });
  });

  it("ignores readings at or after the range end", () => {
    const stats = gaugeStats(points, { start: 0, end: H });
    expect(stats.latest).toEqual({ t: 0, value: 5 });
    expect(stats.peak).toEqual({ t: 0, value: 5 });
  });

  it("gives the earliest of equal peaks", () => {
    const stats = gaugeStats(
      [
        [0, 3],
        [60, 8],
        [120, 8],
      ],
      { start: 0, end: 180 },
    );
    expect(stats.peak).toEqual({ t: 60, value: 8 });
  });

  it("shows no data rather than zeros when nothing was read", () => {
    expect(gaugeStats([], { start: 0, end: H })).toEqual({
      latest: null,
      peak: null,
      totalUnitSeconds: null,
      totalUnitHours: null,
    });
  });
});
