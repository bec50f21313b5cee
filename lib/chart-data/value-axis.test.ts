import { describe, expect, it } from "vitest";
import { formatAxisValue, niceValueAxis } from "./value-axis";

const GiB = 1024 ** 3;

describe("niceValueAxis", () => {
  it("labels a byte axis in one binary unit with nice steps", () => {
    const axis = niceValueAxis(12.4 * GiB, "bytes");
    expect(axis.ticks.map((t) => formatAxisValue(t, axis))).toEqual(["0", "5 GiB", "10 GiB", "15 GiB"]);
    expect(axis.domainMax).toBe(15 * GiB);
  });

  it("uses fractional steps rather than dropping to a smaller unit", () => {
    const axis = niceValueAxis(1.2 * GiB, "bytes");
    expect(axis.ticks.map((t) => formatAxisValue(t, axis))).toEqual(["0", "0.5 GiB", "1.0 GiB", "1.5 GiB"]);
  });

  it("labels operation counts with the short suffixes", () => {
    const axis = niceValueAxis(1_234, "operations");
    expect(axis.ticks.map((t) => formatAxisValue(t, axis))).toEqual(["0", "0.5k", "1.0k", "1.5k"]);
    const small = niceValueAxis(3, "operations");
    expect(small.ticks).toEqual([0, 1, 2, 3]);
  });

  it("never steps below one byte or one operation", () => {
    const axis = niceValueAxis(2, "operations", 8);
    expect(axis.ticks).toEqual([0, 1, 2]);
  });

  it("always reaches the maximum and starts at zero", () => {
    for (const max of [1, 7, 99, 1_000, 1_023, 1_025, 5e9, 3.3e12]) {
      for (const unit of ["bytes", "operations"] as const) {
        const axis = niceValueAxis(max, unit);
        expect(axis.ticks[0]).toBe(0);
        expect(axis.domainMax).toBeGreaterThanOrEqual(max);
        expect(axis.ticks.length).toBeLessThanOrEqual(9);
      }
    }
  });

  it("gives an axis for an all-zero or empty chart", () => {
    const axis = niceValueAxis(0, "operations");
    expect(axis.ticks).toEqual([0]);
    expect(axis.domainMax).toBe(1);
  });
});

describe("niceValueAxis per second", () => {
  it("says /s on every label, in the unit of the largest tick", () => {
    const bytes = niceValueAxis(3.3 * 1024, "bytes", 4, { perSecond: true });
    expect(bytes.ticks.map((t) => formatAxisValue(t, bytes))).toEqual([
      "0",
      "1 KiB/s",
      "2 KiB/s",
      "3 KiB/s",
      "4 KiB/s",
    ]);
    const ops = niceValueAxis(1_234, "operations", 4, { perSecond: true });
    expect(ops.ticks.map((t) => formatAxisValue(t, ops)).at(-1)).toBe("1.5k/s");
  });

  it("steps below one operation per second for slow rates", () => {
    const axis = niceValueAxis(0.07, "operations", 4, { perSecond: true });
    expect(axis.ticks.map((t) => formatAxisValue(t, axis))).toEqual([
      "0",
      "0.02/s",
      "0.04/s",
      "0.06/s",
      "0.08/s",
    ]);
  });
});
