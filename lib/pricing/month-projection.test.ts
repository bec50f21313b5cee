import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import {
  monthRequestRange,
  monthWindow,
  projectCounter,
  projectGauge,
  RECENT_FULL_DAYS,
} from "./month-projection";

const DAY = 86_400;
const utc = (iso: string) => Date.parse(iso) / 1000;

/** Day buckets of `value` each, from `first` for `days` days. */
function days(first: string, count: number, value: number): Point[] {
  return Array.from({ length: count }, (_, i) => [utc(first) + i * DAY, value] as Point);
}

describe("monthWindow", () => {
  it("is the UTC calendar month holding now, of 28, 29, 30 or 31 days", () => {
    expect(monthWindow(utc("2026-02-10T12:00:00Z")).daysInMonth).toBe(28);
    expect(monthWindow(utc("2028-02-10T12:00:00Z")).daysInMonth).toBe(29);
    expect(monthWindow(utc("2026-11-10T12:00:00Z")).daysInMonth).toBe(30);
    const w = monthWindow(utc("2026-12-02T10:30:00Z"));
    expect(w).toMatchObject({
      monthStart: utc("2026-12-01T00:00:00Z"),
      monthEnd: utc("2027-01-01T00:00:00Z"),
      todayStart: utc("2026-12-02T00:00:00Z"),
      recentStart: utc("2026-11-25T00:00:00Z"),
      daysInMonth: 31,
    });
  });

  it("asks from last month in the month's first week, and from the 1st afterwards", () => {
    const early = monthWindow(utc("2026-12-02T10:30:00Z"));
    expect(monthRequestRange(early)).toEqual({
      start: utc("2026-11-25T00:00:00Z"),
      end: early.now,
      complete: true,
    });
    const late = monthWindow(utc("2026-12-20T10:30:00Z"));
    expect(monthRequestRange(late)).toEqual({
      start: utc("2026-12-01T00:00:00Z"),
      end: late.now,
      complete: true,
    });
  });

  it("on the 31st, keeps within a 30-day limit and says the first day is missing", () => {
    const w = monthWindow(utc("2026-12-31T06:00:00Z"));
    expect(monthRequestRange(w, 30 * DAY)).toEqual({
      start: utc("2026-12-02T00:00:00Z"),
      end: w.now,
      complete: false,
    });
    // The API's planner takes 13 months: the whole month goes in one request.
    expect(monthRequestRange(w)).toEqual({ start: utc("2026-12-01T00:00:00Z"), end: w.now, complete: true });
  });
});

describe("projectCounter", () => {
  it("extrapolates the last 7 whole days' daily rate over the days left, today's partial bucket included", () => {
    // 20 Nov 12:00 in a 30-day month: 19 whole days of 100, today's bucket 40 so far.
    const w = monthWindow(utc("2026-11-20T12:00:00Z"));
    const buckets = [...days("2026-11-01T00:00:00Z", 19, 100), [utc("2026-11-20T00:00:00Z"), 40] as Point];
    const month = projectCounter(buckets, w);
    expect(month.monthToDate).toBe(1_940);
    // 100 a day for the 10.5 days left (rest of the 20th, then 21st to 30th).
    expect(month.projected).toBeCloseTo(1_940 + 100 * 10.5, 9);
  });

  it("takes the rate from only the last 7 whole days, not the month's average", () => {
    const w = monthWindow(utc("2026-02-15T00:00:00Z"));
    const buckets = [...days("2026-02-01T00:00:00Z", 7, 10), ...days("2026-02-08T00:00:00Z", 7, 1_000)];
    const month = projectCounter(buckets, w);
    expect(month.monthToDate).toBe(7_070);
    // February 2026 has 28 days: 14 days left at 1,000 a day.
    expect(month.projected).toBe(7_070 + 14 * 1_000);
  });

  it("on the 1st, projects from last month's last 7 days (nothing yet this month)", () => {
    const w = monthWindow(utc("2026-12-01T00:00:00Z"));
    const month = projectCounter(days("2026-11-24T00:00:00Z", 7, 70), w);
    expect(month.monthToDate).toBeNull();
    expect(month.projected).toBe(31 * 70);
  });

  it("counts a recent day S2 left blank as no activity, and says no data when there is none", () => {
    const w = monthWindow(utc("2026-11-20T00:00:00Z"));
    // Only 2 of the last 7 whole days had data: the rate is their sum over 7 days.
    const month = projectCounter(
      [[utc("2026-11-14T00:00:00Z"), 700] as Point, [utc("2026-11-19T00:00:00Z"), 0] as Point],
      w,
    );
    expect(month.monthToDate).toBe(700);
    expect(month.projected).toBeCloseTo(700 + (700 / RECENT_FULL_DAYS) * 11, 9);
    expect(projectCounter([], w)).toEqual({ monthToDate: null, projected: null });
  });
});

describe("projectGauge", () => {
  it("adds the current level held to the month's end to the time-weighted total so far", () => {
    const GIB = 2 ** 30;
    const w = monthWindow(utc("2026-11-01T02:30:00Z"));
    // The meter notes' example: 5 GiB held 2 h then 7 GiB held 30 min is 13.5 GiB·h.
    const readings: Point[] = [
      [utc("2026-11-01T00:00:00Z"), 5 * GIB],
      [utc("2026-11-01T02:00:00Z"), 7 * GIB],
    ];
    const month = projectGauge(readings, w);
    expect(month.monthToDate).toBe(13.5 * GIB);
    const hoursLeft = 30 * 24 - 2.5;
    expect(month.projected).toBe(13.5 * GIB + 7 * GIB * hoursLeft);
  });

  it("does not count last month's readings before the 1st, and is null without readings", () => {
    const w = monthWindow(utc("2026-12-01T01:00:00Z"));
    const readings: Point[] = [
      [utc("2026-11-30T00:00:00Z"), 1_000],
      [utc("2026-12-01T00:00:00Z"), 10],
    ];
    expect(projectGauge(readings, w)).toEqual({ monthToDate: 10, projected: 10 + 10 * (31 * 24 - 1) });
    expect(projectGauge([], w)).toEqual({ monthToDate: null, projected: null });
  });

  it("holds a level carried into the month from before the 1st", () => {
    const w = monthWindow(utc("2026-12-01T03:00:00Z"));
    const month = projectGauge([[utc("2026-11-30T23:00:00Z"), 4] as Point], w);
    expect(month.monthToDate).toBe(4 * 3);
    expect(month.projected).toBe(4 * 31 * 24);
  });
});
