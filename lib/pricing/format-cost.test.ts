import { describe, expect, it } from "vitest";
import { formatCost, formatEstimate, formatQuantity, formatUtcMonth } from "./format-cost";

describe("formatCost", () => {
  it("reads like a bill, in the list's currency", () => {
    expect(formatCost(4.123, "USD")).toBe("$4.12");
    expect(formatCost(1204.5, "EUR")).toBe("€1,204.50");
    expect(formatCost(0, "USD")).toBe("$0.00");
    // Currencies without minor units round to whole amounts.
    expect(formatCost(1234.4, "JPY")).toBe("¥1,234");
  });

  it("never calls a small positive amount free", () => {
    expect(formatCost(0.0004, "USD")).toBe("< $0.01");
    expect(formatCost(0.4, "JPY")).toBe("< ¥1");
  });

  it("marks an estimate with ≈", () => {
    expect(formatEstimate(4.12, "USD")).toBe("≈ $4.12");
  });
});

describe("formatQuantity", () => {
  it("gives each dimension in its billed unit", () => {
    expect(formatQuantity("storage", 730 * 2 ** 30)).toBe("1 GiB-month");
    expect(formatQuantity("read-operations", 1_500_000)).toMatch(/^1\.5M ops$/);
    expect(formatQuantity("appended-bytes", 3 * 2 ** 30)).toBe("3 GiB");
  });

  it("names the UTC month", () => {
    // 1 Dec 2026 00:30 UTC is still 30 Nov in New York, but the estimate is by UTC month.
    expect(formatUtcMonth(Date.parse("2026-12-01T00:30:00Z") / 1000)).toBe("December 2026");
  });
});
