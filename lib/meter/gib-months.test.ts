import { describe, expect, it } from "vitest";
import { BYTES_PER_GIB, byteHoursToGiBHours, byteHoursToGiBMonths } from "./gib-months";

const GIB = BYTES_PER_GIB;

describe("GiB-months", () => {
  it("are 730 GiB-hours", () => {
    expect(byteHoursToGiBMonths(730 * GIB)).toBe(1);
    expect(byteHoursToGiBMonths(73 * GIB)).toBeCloseTo(0.1, 12);
    expect(byteHoursToGiBMonths(0)).toBe(0);
  });

  it("start from byte-hours: 5 GiB held 2 h then 7 GiB held 30 min is 13.5 GiB·h", () => {
    const byteHours = 5 * GIB * 2 + 7 * GIB * 0.5;
    expect(byteHoursToGiBHours(byteHours)).toBe(13.5);
    expect(byteHoursToGiBMonths(byteHours)).toBeCloseTo(13.5 / 730, 12);
  });
});
