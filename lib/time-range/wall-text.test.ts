import { describe, expect, it } from "vitest";
import { formatWallText, parseWallText } from "./wall-text";

const T = Date.UTC(2025, 2, 3, 14, 5) / 1000; // 3 Mar 2025 14:05Z

describe("formatWallText", () => {
  it("writes the app's date format with the year, on the zone's clock", () => {
    expect(formatWallText(T, "UTC")).toBe("3 Mar 2025 14:05");
    expect(formatWallText(T, "Asia/Kolkata")).toBe("3 Mar 2025 19:35");
  });
});

describe("parseWallText", () => {
  it("reads back what it writes, in any zone", () => {
    for (const zone of ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]) {
      expect(parseWallText(formatWallText(T, zone), zone)).toEqual({ ok: true, t: T });
    }
  });

  it("takes full month names, ISO dates and a date alone (midnight)", () => {
    expect(parseWallText("3 March 2025 14:05", "UTC")).toEqual({ ok: true, t: T });
    expect(parseWallText("2025-03-03 14:05", "UTC")).toEqual({ ok: true, t: T });
    expect(parseWallText("3 mar 2025", "Europe/Berlin")).toEqual({
      ok: true,
      t: Date.UTC(2025, 2, 2, 23) / 1000,
    });
    expect(parseWallText("1 Sept 2025", "UTC")).toEqual({ ok: true, t: Date.UTC(2025, 8, 1) / 1000 });
  });

  it("refuses impossible dates and times, and mm/dd/yyyy, saying what to write", () => {
    expect(parseWallText("31 Feb 2025", "UTC")).toEqual({ ok: false, reason: "31 Feb 2025 is not a date." });
    expect(parseWallText("3 Mar 2025 24:00", "UTC")).toEqual({
      ok: false,
      reason: "24:00 is not a time of day.",
    });
    expect(parseWallText("3 Marc 2025", "UTC")).toEqual({ ok: false, reason: '"marc" is not a month.' });
    expect(parseWallText("03/03/2025", "UTC")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/3 Mar 2025 14:05/),
    });
    expect(parseWallText("", "UTC")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Enter a date/),
    });
  });
});
