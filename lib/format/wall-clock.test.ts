import { describe, expect, it } from "vitest";
import { fromWallClock, toWallClock } from "./wall-clock";

/** 2025-03-03T14:05:00Z. */
const T = Date.UTC(2025, 2, 3, 14, 5) / 1000;

describe("wall clock inputs", () => {
  it("prints an instant as date and time input values in the zone", () => {
    expect(toWallClock(T, "UTC")).toEqual({ date: "2025-03-03", time: "14:05" });
    expect(toWallClock(T, "Asia/Kolkata")).toEqual({ date: "2025-03-03", time: "19:35" });
  });

  it("reads date and time inputs back as UTC or as the runtime's local time", () => {
    expect(fromWallClock({ date: "2025-03-03", time: "14:05" }, "utc")).toBe(T);
    expect(fromWallClock(toWallClock(T, undefined), "local")).toBe(T);
    expect(fromWallClock({ date: "2025-03-03", time: "14:05:30" }, "utc")).toBe(T + 30);
  });

  it("refuses empty and impossible values rather than rolling them over", () => {
    expect(fromWallClock({ date: "", time: "14:05" }, "utc")).toBeNull();
    expect(fromWallClock({ date: "2025-02-31", time: "10:00" }, "utc")).toBeNull();
    expect(fromWallClock({ date: "2025-02-31", time: "10:00" }, "local")).toBeNull();
    expect(fromWallClock({ date: "2025-03-03", time: "24:00" }, "utc")).toBeNull();
  });
});
