import { describe, expect, it } from "vitest";
import { BYTES_PER_GIB } from "@/lib/meter/gib-months";
import { costBreakdown } from "./cost-breakdown";
import type { PriceList } from "./price-list";

const GIB = BYTES_PER_GIB;

describe("costBreakdown", () => {
  const prices: PriceList = { currency: "USD", storagePerGiBMonth: { default: 0.1 }, readPerGiB: 0.05 };

  it("sums quantities per dimension in bill order and totals the priced ones", () => {
    const breakdown = costBreakdown(prices, [
      { dimension: { kind: "read-bytes" }, quantity: 2 * GIB },
      { dimension: { kind: "storage", storageClass: null }, quantity: 365 * GIB },
      { dimension: { kind: "storage", storageClass: null }, quantity: 365 * GIB },
      { dimension: { kind: "read-bytes" }, quantity: null },
      // Not priced by this list: left out, not counted as free.
      { dimension: { kind: "append-operations" }, quantity: 1e9 },
    ]);
    expect(breakdown.lines.map((l) => l.kind)).toEqual(["storage", "read-bytes"]);
    expect(breakdown.lines[0]).toEqual({
      kind: "storage",
      quantity: 730 * GIB,
      cost: expect.closeTo(0.1, 12),
    });
    expect(breakdown.lines[1]?.cost).toBeCloseTo(0.1, 12);
    expect(breakdown.total).toBeCloseTo(0.2, 12);
  });

  it("has no total when nothing priced had data", () => {
    expect(costBreakdown(prices, [{ dimension: { kind: "read-bytes" }, quantity: null }])).toEqual({
      lines: [],
      total: null,
    });
  });
});
