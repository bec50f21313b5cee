import { describe, expect, it } from "vitest";
import { formatByteHoursAsGiBMonths, formatGiBMonths } from "./gib-months";

const GIB = 2 ** 30;

describe("formatGiBMonths", () => {
  it("shows the billed storage unit with small values still visible", () => {
    expect(formatGiBMonths(1)).toBe("1 GiB-month");
    expect(formatGiBMonths(0.7613)).toBe("0.76 GiB-months");
    expect(formatGiBMonths(12.34)).toBe("12.3 GiB-months");
    expect(formatGiBMonths(0.0012345)).toBe("0.0012 GiB-months");
    expect(formatGiBMonths(0)).toBe("0 GiB-months");
    expect(formatGiBMonths(1e-9)).toBe("< 0.0001 GiB-months");
  });
});

describe("formatByteHoursAsGiBMonths", () => {
  it("reads a byte-hours total as GiB-months of 730 GiB-hours, in the same words", () => {
    expect(formatByteHoursAsGiBMonths(730 * GIB)).toBe("1 GiB-month");
    expect(formatByteHoursAsGiBMonths(73 * GIB)).toBe("0.1 GiB-months");
    // 387 MiB·h: a small store, not "0".
    expect(formatByteHoursAsGiBMonths(387 * 1024 ** 2)).toBe("0.00052 GiB-months");
    expect(formatByteHoursAsGiBMonths(0)).toBe("0 GiB-months");
    expect(formatByteHoursAsGiBMonths(Number.NaN)).toBe("—");
  });
});
