import { describe, expect, it } from "vitest";
import { formatAxisTick, formatClock, formatDateTime, formatSpan } from "./time-labels";
import { resolveTimeZone, timeZoneLabel } from "./time-zone";

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
