import { describe, expect, it } from "vitest";
import { calendarBounds, monthStart } from "./calendar-range";
import { resolveViewWindow } from "./resolve-range";

const utc = (...args: [number, number, number?, number?, number?]) => Date.UTC(...args) / 1000;

describe("calendarBounds", () => {
  it("this month runs from the zone's first midnight of the month to now", () => {
    const now = utc(2025, 2, 15, 12); // 15 Mar 2025 12:00Z
    expect(calendarBounds("this-month", now, "UTC")).toEqual({ start: utc(2025, 2, 1), end: now });
    // Berlin is UTC+1 on 1 March: its month began at 23:00Z the day before.
    expect(calendarBounds("this-month", now, "Europe/Berlin")).toEqual({
      start: utc(2025, 1, 28, 23),
      end: now,
    });
  });

  it("last month ends where this month begins, and carries the year back in January", () => {
    const now = utc(2026, 0, 10, 8);
    expect(calendarBounds("last-month", now, "UTC")).toEqual({
      start: utc(2025, 11, 1),
      end: utc(2026, 0, 1),
    });
    expect(calendarBounds("last-month", now, "America/New_York")).toEqual({
      start: utc(2025, 11, 1, 5),
      end: utc(2026, 0, 1, 5),
    });
  });

  it("uses the month of the zone, not of UTC, near a month's edge", () => {
    // 1 Apr 2025 02:00Z is still 31 March in New York: this month is March there.
    const now = utc(2025, 3, 1, 2);
    expect(calendarBounds("this-month", now, "America/New_York").start).toBe(utc(2025, 2, 1, 5));
    expect(calendarBounds("this-month", now, "UTC").start).toBe(utc(2025, 3, 1));
  });

  it("spans a DST change at its true length: March in Berlin is 31 days less an hour", () => {
    const { start, end } = calendarBounds("last-month", utc(2025, 3, 10), "Europe/Berlin");
    expect(start).toBe(utc(2025, 1, 28, 23)); // 1 Mar 00:00 CET
    expect(end).toBe(utc(2025, 2, 31, 22)); // 1 Apr 00:00 CEST
    expect(end - start).toBe(31 * 86_400 - 3_600);
    // November in New York gains the hour back: 30 days and an hour.
    const nov = calendarBounds("last-month", utc(2025, 11, 15), "America/New_York");
    expect(nov.end - nov.start).toBe(30 * 86_400 + 3_600);
  });

  it("finds month starts in zones with half-hour offsets", () => {
    expect(monthStart(utc(2025, 5, 15), "Asia/Kolkata", 0)).toBe(utc(2025, 4, 31, 18, 30));
  });
});

describe("a calendar range in a view", () => {
  it("resolves in the view's zone and draws by day", () => {
    const now = utc(2025, 3, 10, 12);
    const view = resolveViewWindow(
      { range: { kind: "calendar", period: "last-month" }, interval: "auto" },
      now,
      "UTC",
    );
    expect(view).toMatchObject({
      ok: true,
      range: { start: utc(2025, 2, 1), end: utc(2025, 3, 1) },
      interval: "day",
    });
  });
});
