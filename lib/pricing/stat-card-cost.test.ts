import { describe, expect, it } from "vitest";
import { BYTES_PER_GIB } from "@/lib/meter/gib-months";
import type { PriceList } from "./price-list";
import { type CardFigure, statCardCosts } from "./stat-card-cost";

const GIB = BYTES_PER_GIB;
const prices: PriceList = {
  currency: "USD",
  storagePerGiBMonth: { default: 0.1 },
  appendOperationsPerMillion: 2,
  appendedPerGiB: { standard: 0.02 },
};

const card = (key: string, testId: string, series: string | null, raw: number | null): CardFigure => ({
  key,
  testId,
  series,
  raw,
});

describe("statCardCosts", () => {
  it("prices a storage total by its GiB-months and its latest and peak readings per month", () => {
    const costs = statCardCosts(prices, "basin", "storage", [
      card("latest", "stat-gauge-latest", "storage", 2 * GIB),
      card("peak", "stat-gauge-peak", "storage", 3 * GIB),
      card("total", "stat-gauge-total", "storage", 146 * GIB),
    ]);
    expect(costs.get("latest")).toEqual({ amount: expect.closeTo(0.2, 12), per: "month", gibMonths: null });
    expect(costs.get("peak")?.amount).toBeCloseTo(0.3, 12);
    expect(costs.get("total")).toEqual({ amount: expect.closeTo(0.02, 12), per: "range", gibMonths: 0.2 });
  });

  it("prices accumulations and their grand total", () => {
    const costs = statCardCosts(prices, "basin", "append-ops", [
      card("*", "stat-accumulation-grand-total", null, 1_500_000),
      card("express", "stat-accumulation-total", "express", 500_000),
      card("standard", "stat-accumulation-total", "standard", 1_000_000),
    ]);
    expect(costs.get("express")?.amount).toBeCloseTo(1, 12);
    expect(costs.get("standard")?.amount).toBeCloseTo(2, 12);
    expect(costs.get("*")?.amount).toBeCloseTo(3, 12);
  });

  it("gives a grand total no cost when one series is unpriced, and no-data cards none", () => {
    // Appended bytes are priced for the standard class only (no default).
    const costs = statCardCosts(prices, "basin", "append-throughput", [
      card("*", "stat-accumulation-grand-total", null, 3 * GIB),
      card("express", "stat-accumulation-total", "express", GIB),
      card("standard", "stat-accumulation-total", "standard", 2 * GIB),
    ]);
    expect(costs.get("standard")?.amount).toBeCloseTo(0.04, 12);
    expect(costs.has("express")).toBe(false);
    expect(costs.has("*")).toBe(false);
    const empty = statCardCosts(prices, "basin", "storage", [card("t", "stat-gauge-total", "storage", null)]);
    expect(empty.size).toBe(0);
  });

  it("prices nothing in sets no price applies to", () => {
    const costs = statCardCosts(prices, "basin", "basin-ops", [
      card("a", "stat-accumulation-total", "append", 9e6),
    ]);
    expect(costs.size).toBe(0);
  });
});
