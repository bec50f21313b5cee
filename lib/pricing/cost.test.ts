import { describe, expect, it } from "vitest";
import { gaugeStats } from "@/lib/meter/gauge-stats";
import { BYTES_PER_GIB } from "@/lib/meter/gib-months";
import type { Point } from "@/lib/s2/contract";
import { billedUnits, estimateCost, monthlyStorageCost, sumCosts, unitPrice } from "./cost";
import type { PriceList } from "./price-list";

const H = 3_600;
const GIB = BYTES_PER_GIB;

const prices: PriceList = {
  currency: "USD",
  storagePerGiBMonth: { default: 0.1, express: 0.5 },
  appendOperationsPerMillion: 2,
  readOperationsPerMillion: 0.5,
  appendedPerGiB: { standard: 0.02, express: 0.08 },
  readPerGiB: 0.04,
};

describe("estimateCost", () => {
  it("prices the time-weighted storage example: 5 GiB for 2 h then 7 GiB for 30 min is 13.5 GiB·h", () => {
    const readings: Point[] = [
      [0, 5 * GIB],
      [2 * H, 7 * GIB],
    ];
    const byteHours = gaugeStats(readings, { start: 0, end: 2.5 * H }).totalUnitHours;
    expect(byteHours).toBe(13.5 * GIB);
    const cost = estimateCost(prices, { kind: "storage", storageClass: null }, byteHours);
    // 13.5 GiB·h / 730 h per month × $0.10 per GiB-month.
    expect(cost).toBeCloseTo((13.5 / 730) * 0.1, 12);
    // Averaging the readings (6 GiB × 2.5 h = 15 GiB·h) would give a different, wrong cost.
    expect(cost).not.toBeCloseTo((15 / 730) * 0.1, 6);
  });

  it("prices each dimension in its own billed unit", () => {
    expect(estimateCost(prices, { kind: "append-operations" }, 3_000_000)).toBeCloseTo(6, 12);
    expect(estimateCost(prices, { kind: "read-operations" }, 250_000)).toBeCloseTo(0.125, 12);
    expect(estimateCost(prices, { kind: "appended-bytes", storageClass: "standard" }, 10 * GIB)).toBeCloseTo(
      0.2,
      12,
    );
    expect(estimateCost(prices, { kind: "appended-bytes", storageClass: "express" }, 10 * GIB)).toBeCloseTo(
      0.8,
      12,
    );
    expect(estimateCost(prices, { kind: "read-bytes" }, 512 * 2 ** 20)).toBeCloseTo(0.02, 12);
    expect(estimateCost(prices, { kind: "storage", storageClass: "express" }, 730 * 2 * GIB)).toBeCloseTo(
      1,
      12,
    );
  });

  it("falls back to the default price for a class the list does not name, and to nothing without one", () => {
    expect(unitPrice(prices, { kind: "storage", storageClass: "standard" })).toBe(0.1);
    // appendedPerGiB has no default: bytes of an unknown class have no price.
    expect(unitPrice(prices, { kind: "appended-bytes", storageClass: null })).toBeNull();
    expect(estimateCost(prices, { kind: "appended-bytes", storageClass: null }, GIB)).toBeNull();
  });

  it("gives no estimate for a dimension the list leaves out, or for no data, but 0 for a recorded zero", () => {
    const storageOnly: PriceList = { currency: "EUR", storagePerGiBMonth: { default: 0.1 } };
    expect(estimateCost(storageOnly, { kind: "read-bytes" }, GIB)).toBeNull();
    expect(estimateCost(storageOnly, { kind: "append-operations" }, 1e6)).toBeNull();
    expect(estimateCost(prices, { kind: "read-bytes" }, null)).toBeNull();
    expect(estimateCost(prices, { kind: "read-bytes" }, 0)).toBe(0);
  });

  it("counts billed units exactly", () => {
    expect(billedUnits({ kind: "read-operations" }, 1_500_000)).toBe(1.5);
    expect(billedUnits({ kind: "read-bytes" }, 3 * GIB)).toBe(3);
    expect(billedUnits({ kind: "storage", storageClass: null }, 1_460 * GIB)).toBe(2);
  });
});

describe("monthlyStorageCost", () => {
  it("is a level held for a whole billing month", () => {
    expect(monthlyStorageCost(prices, { kind: "storage", storageClass: null }, 4 * GIB)).toBeCloseTo(0.4, 12);
    expect(monthlyStorageCost(prices, { kind: "read-bytes" }, 4 * GIB)).toBeNull();
    expect(monthlyStorageCost(prices, { kind: "storage", storageClass: null }, null)).toBeNull();
  });
});

describe("sumCosts", () => {
  it("sums only when every part is known", () => {
    expect(sumCosts([1, 2.5])).toBe(3.5);
    expect(sumCosts([1, null])).toBeNull();
    expect(sumCosts([])).toBeNull();
  });
});
