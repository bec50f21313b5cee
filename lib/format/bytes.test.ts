import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatByteHours, formatBytes } from "./bytes";

const KiB = 1024;
const GiB = 1024 ** 3;

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1023, "1023 B"],
    [1536, "1.5 KiB"],
    [10 * KiB, "10 KiB"],
    [12.4 * GiB, "12.4 GiB"],
    [123.4 * GiB, "123 GiB"],
    [1.25 * 1024 ** 4, "1.25 TiB"],
    [3 * 1024 ** 5, "3 PiB"],
    [5_000 * 1024 ** 5, "5000 PiB"],
  ])("shows %d bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("rolls over to the next unit when rounding reaches 1024", () => {
    expect(formatBytes(1024 * KiB - 1)).toBe("1 MiB");
  });

  it("always shows at most three significant digits and an IEC unit", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1024 ** 5 * 1000, noNaN: true }), (bytes) => {
        expect(formatBytes(bytes)).toMatch(/^\d{1,4}(\.\d{1,2})? (B|KiB|MiB|GiB|TiB|PiB)$/);
      }),
    );
  });
});

describe("formatByteHours", () => {
  it('reads like a storage bill: "12.4 GiB·h"', () => {
    expect(formatByteHours(12.4 * GiB)).toBe("12.4 GiB·h");
  });
});
