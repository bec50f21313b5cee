import { describe, expect, it } from "vitest";
import type { ApiMetric } from "@/lib/api/contract";
import { costBreakdown } from "./cost-breakdown";
import { monthQuantities } from "./month-estimate";
import { monthWindow } from "./month-projection";
import type { PriceList } from "./price-list";

const DAY = 86_400;
const utc = (iso: string) => Date.parse(iso) / 1000;

describe("monthQuantities", () => {
  it("projects each priced series of each set and skips the unpriced sets", () => {
    const w = monthWindow(utc("2026-11-08T00:00:00Z"));
    const first = utc("2026-11-01T00:00:00Z");
    const week = Array.from({ length: 7 }, (_, i) => [first + i * DAY, 1_000_000] as [number, number]);
    const ops: ApiMetric[] = [
      { accumulation: { name: "standard", unit: "operations", interval: "day", values: week } },
      { accumulation: { name: "express", unit: "operations", interval: "day", values: [] } },
    ];
    const storage: ApiMetric[] = [{ gauge: { name: "storage", unit: "bytes", values: [[first, 2 ** 30]] } }];
    const basinOps: ApiMetric[] = [
      { accumulation: { name: "append", unit: "operations", interval: "day", values: week } },
    ];
    const q = monthQuantities(
      [
        { set: "append-ops", metrics: ops },
        { set: "storage", metrics: storage },
        { set: "basin-ops", metrics: basinOps },
      ],
      w,
    );
    expect(q.monthToDate).toEqual([
      { dimension: { kind: "append-operations" }, quantity: 7_000_000 },
      { dimension: { kind: "append-operations" }, quantity: null },
      { dimension: { kind: "storage", storageClass: null }, quantity: 7 * 24 * 2 ** 30 },
    ]);
    // 23 days left of November at 1M operations a day; storage held at 1 GiB for the whole month.
    expect(q.projected[0]?.quantity).toBe(30_000_000);
    expect(q.projected[2]?.quantity).toBe(30 * 24 * 2 ** 30);

    const prices: PriceList = {
      currency: "USD",
      storagePerGiBMonth: { default: 0.73 },
      appendOperationsPerMillion: 1,
    };
    // 720 GiB·h is 720/730 GiB-months at $0.73: $0.72; 30M operations at $1 per million: $30.
    expect(costBreakdown(prices, q.projected).total).toBeCloseTo(30.72, 9);
  });
});
