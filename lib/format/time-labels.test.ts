import { describe, expect, it } from "vitest";
import {
  dayBucketsAreUtc,
  formatAxisTick,
  formatBucketSpan,
  formatClock,
  formatDateTime,
  formatSpan,
} from "./time-labels";
import { formatOffset, isRepeatedWallTime, resolveTimeZone, timeZoneLabel } from "./time-zone";

const H = 3_600;
/** 2025-03-03T00:00:00Z, a Monday. */
const MAR3 = Date.UTC(2025, 2, 3) / 1000;

describe("time zone choice", () => {
  it("resolves utc to UTC and local to the given IANA zone (or the runtime's)", () => {
    expect(resolveTimeZone("utc", "Asia/Kolkata")).toBe("UTC");
    expect(resolveTimeZone("local", "Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(resolveTimeZone("local")).toBeUndefined();
    expect(timeZoneLabel("utc")).toBe("UTC");
    expect(timeZoneLabel("local", "Europe/Paris")).toBe("Local (Europe/Paris)");
  });
});

describe("time labels", () => {
  it("shows the same instant on the wall clock of the chosen zone, 24-hour", () => {
    expect(formatClock(MAR3 + 14 * H, "UTC")).toBe("14:00");
    expect(formatClock(MAR3 + 14 * H, "Asia/Kolkata")).toBe("19:30");
    expect(formatDateTime(MAR3 + 23 * H, "Asia/Kolkata")).toBe("4 Mar 04:30");
    expect(formatDateTime(Date.UTC(2025, 8, 4) / 1000, "UTC")).toBe("4 Sep 00:00");
  });

  it("falls back to the runtime zone rather than throwing on an unknown zone", () => {
    expect(() => formatClock(MAR3, "Not/A_Zone")).not.toThrow();
  });

  it("labels axis ticks with dates once the chart spans more than a day", () => {
    expect(formatAxisTick(MAR3 + 14 * H, "UTC", 6 * H)).toBe("14:00");
    expect(formatAxisTick(MAR3 + 14 * H, "UTC", 7 * 86_400)).toBe("3 Mar 14:00");
    expect(formatAxisTick(MAR3, "UTC", 7 * 86_400)).toBe("3 Mar");
  });

  it("names the day at midnight even on an axis of clock times", () => {
    expect(formatAxisTick(MAR3, "UTC", 6 * H)).toBe("3 Mar");
    expect(formatAxisTick(MAR3, "Asia/Kolkata", 6 * H)).toBe("05:30");
  });
});

describe("formatSpan", () => {
  it("shows a bucket or a re-bucketed span within a day as clock times", () => {
    expect(formatSpan(MAR3 + 14 * H, MAR3 + 15 * H, "UTC")).toBe("14:00–15:00");
    expect(formatSpan(MAR3 + 14 * H, MAR3 + 18 * H, "UTC")).toBe("14:00–18:00");
    expect(formatSpan(MAR3 + 22 * H, MAR3 + 24 * H, "UTC")).toBe("22:00–00:00");
    expect(formatSpan(MAR3 + 14 * H, MAR3 + 15 * H, "UTC", { withDate: true })).toBe("3 Mar 14:00–15:00");
  });

  it("includes dates when the span crosses a day", () => {
    expect(formatSpan(MAR3 + 22 * H, MAR3 + 26 * H, "UTC")).toBe("3 Mar 22:00 – 4 Mar 02:00");
  });

  it("names whole days by date, counting the last day included", () => {
    expect(formatSpan(MAR3, MAR3 + 24 * H, "UTC")).toBe("3 Mar");
    expect(formatSpan(MAR3, MAR3 + 7 * 24 * H, "UTC")).toBe("3 Mar – 9 Mar");
  });

  it("shows a UTC day bucket in local time when the view is local", () => {
    expect(formatSpan(MAR3, MAR3 + 24 * H, "Asia/Kolkata")).toBe("3 Mar 05:30 – 4 Mar 05:30");
  });

  it("treats a 23-hour daylight-saving day as one day", () => {
    const start = Date.UTC(2025, 2, 9, 5) / 1000; // 2025-03-09 00:00 in New York (EST)
    const end = Date.UTC(2025, 2, 10, 4) / 1000; // 2025-03-10 00:00 (EDT)
    expect(formatSpan(start, end, "America/New_York")).toBe("9 Mar");
  });
});

describe("bucket spans across zones and clock changes", () => {
  /** 2025-11-02T05:00:00Z: 01:00 EDT, the first of New York's two 01:00s (clocks go back at 06:00Z). */
  const FALL_BACK = Date.UTC(2025, 10, 2, 5) / 1000;

  it("labels a UTC day bucket as \"day (UTC)\" where the zone's midnight is not UTC's", () => {
    expect(formatBucketSpan(MAR3, MAR3 + 24 * H, "America/New_York")).toBe("3 Mar, day (UTC)");
    expect(formatBucketSpan(MAR3, MAR3 + 7 * 24 * H, "Asia/Kolkata")).toBe("3 Mar – 9 Mar, days (UTC)");
    // Where midnight is UTC's, a day is just its date.
    expect(formatBucketSpan(MAR3, MAR3 + 24 * H, "UTC")).toBe("3 Mar");
    expect(formatBucketSpan(MAR3, MAR3 + 24 * H, "Europe/London")).toBe("3 Mar");
    expect(dayBucketsAreUtc(MAR3, "America/New_York")).toBe(true);
    expect(dayBucketsAreUtc(MAR3, "UTC")).toBe(false);
    // Hour buckets keep the zone's clock.
    expect(formatBucketSpan(MAR3 + 14 * H, MAR3 + 15 * H, "America/New_York")).toBe("09:00–10:00");
  });

  it("tells the two 01:00 hours of a fall-back apart by their offsets", () => {
    const first = formatSpan(FALL_BACK, FALL_BACK + H, "America/New_York");
    const second = formatSpan(FALL_BACK + H, FALL_BACK + 2 * H, "America/New_York");
    expect(first).toBe("01:00 (UTC\u22124) – 01:00 (UTC\u22125)");
    expect(second).toBe("01:00–02:00 (UTC\u22125)");
    expect(first).not.toBe(second);
    // Hours away from the change read as usual.
    expect(formatSpan(FALL_BACK + 4 * H, FALL_BACK + 5 * H, "America/New_York")).toBe("04:00–05:00");
  });

  it("spells offsets with minutes where the zone has them", () => {
    expect(formatOffset(MAR3, "Asia/Kolkata")).toBe("UTC+5:30");
    expect(formatOffset(MAR3, "UTC")).toBe("UTC");
    expect(isRepeatedWallTime(MAR3, "Asia/Kolkata")).toBe(false);
  });
});
