import { describe, expect, it } from "vitest";
import { resolveTimeZone, timeZoneLabel, zonedInstant } from "./time-zone";
import { fromWallClock } from "./wall-clock";

describe("IANA zone choices", () => {
  it("resolve and label as their own name", () => {
    expect(resolveTimeZone("Europe/Berlin", "Asia/Kolkata")).toBe("Europe/Berlin");
    expect(timeZoneLabel("Europe/Berlin", "Asia/Kolkata")).toBe("Europe/Berlin");
  });
});

describe("zonedInstant", () => {
  it("reads a wall time in a named zone", () => {
    // 2025-07-01 12:00 in Berlin (CEST, UTC+2) is 10:00Z.
    expect(zonedInstant({ year: 2025, month: 7, day: 1, hour: 12, minute: 0 }, "Europe/Berlin")).toBe(
      Date.UTC(2025, 6, 1, 10) / 1000,
    );
    expect(zonedInstant({ year: 2025, month: 1, day: 1, hour: 0, minute: 0 }, "Asia/Kolkata")).toBe(
      Date.UTC(2024, 11, 31, 18, 30) / 1000,
    );
  });

  it("takes the earlier of a repeated hour and moves a skipped time past the gap", () => {
    // New York, 2 November 2025: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(zonedInstant({ year: 2025, month: 11, day: 2, hour: 1, minute: 30 }, "America/New_York")).toBe(
      Date.UTC(2025, 10, 2, 5, 30) / 1000,
    );
    // 9 March 2025: 02:30 does not exist; read with EST it is 07:30Z, which is 03:30 EDT.
    expect(zonedInstant({ year: 2025, month: 3, day: 9, hour: 2, minute: 30 }, "America/New_York")).toBe(
      Date.UTC(2025, 2, 9, 7, 30) / 1000,
    );
  });
});

describe("fromWallClock in a named zone", () => {
  it("reads the inputs on that zone's clock, not the browser's", () => {
    expect(fromWallClock({ date: "2025-03-30", time: "03:00" }, "Europe/Berlin")).toBe(
      Date.UTC(2025, 2, 30, 1) / 1000,
    );
    expect(fromWallClock({ date: "2025-02-29", time: "03:00" }, "Europe/Berlin")).toBeNull();
  });
});
