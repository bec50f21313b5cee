import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { axisGroupFactor, NICE_BAR_SECONDS, sumIntoGroups } from "./bar-groups";

const M = 60;
const H = 3_600;
const D = 86_400;
/** 2025-03-03T00:00:00Z. */
const MAR3 = Date.UTC(2025, 2, 3) / 1000;

describe("axisGroupFactor", () => {
  it("never groups hourly data into 20 h or 30 h bars: 7 days by hour on a narrow chart gets 24 h", () => {
    // 168 hourly buckets into at most 10 bars: the old factors chose 20 (20 h bars drifting across days).
    const axis = { start: MAR3, end: MAR3 + 7 * D, intervalSeconds: H };
    expect(axisGroupFactor(axis, 10)).toBe(24);
    expect(axisGroupFactor(axis, 6)).toBe(168); // a week per bar
    expect(axisGroupFactor(axis, 60)).toBe(3);
    expect(axisGroupFactor(axis, 168)).toBe(1);
  });

  it("groups minute data into clock steps (6 h into 100 bars: 5-minute bars)", () => {
    expect(axisGroupFactor({ start: MAR3, end: MAR3 + 6 * H, intervalSeconds: M }, 100)).toBe(5);
  });

  it("groups day data only into days or weeks", () => {
    expect(axisGroupFactor({ start: MAR3, end: MAR3 + 30 * D, intervalSeconds: D }, 10)).toBe(7);
    expect(axisGroupFactor({ start: MAR3, end: MAR3 + 30 * D, intervalSeconds: D }, 2)).toBe(21); // whole weeks, epoch-aligned
  });

  it("always gives bars a whole number of hours for hour data, and a nice width while one fits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 30 * 24 }),
        fc.integer({ min: 1, max: 800 }),
        (startHour, hours, maxGroups) => {
          const axis = { start: startHour * H, end: (startHour + hours) * H, intervalSeconds: H };
          const factor = axisGroupFactor(axis, maxGroups);
          const width = factor * H;
          expect(factor === 1 || NICE_BAR_SECONDS.includes(width as never) || width % (7 * D) === 0).toBe(
            true,
          );
          expect([20, 30]).not.toContain(factor);
        },
      ),
    );
  });
});

describe("sumIntoGroups", () => {
  it("sums points into epoch-aligned groups, dropping points off the axis", () => {
    const axis = { start: MAR3 + 30 * M, end: MAR3 + 3 * H, intervalSeconds: H };
    const points: Point[] = [
      [MAR3 - H, 100], // before the axis' first bucket
      [MAR3, 1], // the bucket holding the axis start is on the axis
      [MAR3 + H, 2],
      [MAR3 + 2 * H, 3],
      [MAR3 + 3 * H, 100], // at the end: off
    ];
    expect([...sumIntoGroups(points, axis, H)]).toEqual([
      [MAR3, 1],
      [MAR3 + H, 2],
      [MAR3 + 2 * H, 3],
    ]);
    expect([...sumIntoGroups(points, axis, 2 * H)]).toEqual([
      [MAR3, 3],
      [MAR3 + 2 * H, 3],
    ]);
  });

  it("keeps a recorded zero as a group, and leaves a group without points out", () => {
    const axis = { start: 0, end: 4 * H, intervalSeconds: H };
    expect([...sumIntoGroups([[2 * H, 0]], axis, H)]).toEqual([[2 * H, 0]]);
  });
});
