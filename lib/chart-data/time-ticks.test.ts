import { describe, expect, it } from "vitest";
import { formatAxisTick, formatClock } from "@/lib/format/time-labels";
import { chooseTimeStep, maxTimeTicks, niceTimeTicks, zoneOffsetSeconds } from "./time-ticks";

const H = 3_600;
const D = 86_400;
/** 2025-03-03T00:00:00Z, a Monday. */
const MAR3 = Date.UTC(2025, 2, 3) / 1000;

describe("zoneOffsetSeconds", () => {
  it("reads the zone's distance from UTC, including half-hour zones and daylight saving", () => {
    expect(zoneOffsetSeconds(MAR3, "UTC")).toBe(0);
    expect(zoneOffsetSeconds(MAR3, "Asia/Kolkata")).toBe(5.5 * H);
    expect(zoneOffsetSeconds(MAR3, "America/New_York")).toBe(-5 * H);
    expect(zoneOffsetSeconds(Date.UTC(2025, 6, 1) / 1000, "America/New_York")).toBe(-4 * H);
  });
});

describe("niceTimeTicks", () => {
  it("ticks a 6-hour window on full hours", () => {
    const ticks = niceTimeTicks(MAR3 + 8 * H + 17 * 60, MAR3 + 14 * H + 17 * 60, "UTC", 8);
    expect(ticks.map((t) => formatClock(t, "UTC"))).toEqual([
      "09:00",
      "10:00",
      "11:00",
      "12:00",
      "13:00",
      "14:00",
    ]);
  });

  it("never gives more ticks than asked for", () => {
    for (const span of [H, 6 * H, D, 7 * D, 30 * D]) {
      for (const max of [2, 3, 5, 8, 12]) {
        expect(niceTimeTicks(MAR3 + 123, MAR3 + 123 + span, "UTC", max).length).toBeLessThanOrEqual(max);
      }
    }
  });

  it("aligns to the wall clock of the zone, not of UTC", () => {
    const ticks = niceTimeTicks(MAR3, MAR3 + 7 * D, "Asia/Kolkata", 8);
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    for (const t of ticks) expect(formatAxisTick(t, "Asia/Kolkata", 7 * D)).toMatch(/^\d+ Mar$/);
  });

  it("keeps local midnight across a daylight-saving change", () => {
    const start = Date.UTC(2025, 2, 5) / 1000;
    const ticks = niceTimeTicks(start, start + 10 * D, "America/New_York", 12);
    for (const t of ticks) expect(formatClock(t, "America/New_York")).toBe("00:00");
    // 9 March 2025 had 23 hours in New York.
    expect(ticks.some((t, i) => i > 0 && t - (ticks[i - 1] as number) === 23 * H)).toBe(true);
  });

  it("ticks 30 days on whole days or weeks, starting weeks on Monday", () => {
    const ticks = niceTimeTicks(MAR3 - 2 * D, MAR3 + 28 * D, "UTC", 5);
    expect(ticks[0]).toBe(MAR3);
    expect(ticks.every((t) => (t - MAR3) % (7 * D) === 0)).toBe(true);
  });

  it("answers nothing for an empty or inverted range", () => {
    expect(niceTimeTicks(MAR3, MAR3, "UTC", 5)).toEqual([]);
    expect(niceTimeTicks(MAR3 + 1, MAR3, "UTC", 5)).toEqual([]);
  });
});

describe("chooseTimeStep and maxTimeTicks", () => {
  it("picks the finest step that fits", () => {
    expect(chooseTimeStep(H, 7)).toBe(10 * 60);
    expect(chooseTimeStep(24 * H, 9)).toBe(3 * H);
    expect(chooseTimeStep(1_000 * D, 3)).toBe(14 * D);
  });

  it("leaves room for longer labels on multi-day axes with ticks inside days", () => {
    expect(maxTimeTicks(520, H)).toBe(10);
    expect(maxTimeTicks(600, 3 * D)).toBe(6); // 12-hour steps: "3 Mar 12:00"
    expect(maxTimeTicks(1_000, 30 * D)).toBe(19); // 2-day steps: "3 Mar"
    expect(maxTimeTicks(10, H)).toBe(2);
  });
});
