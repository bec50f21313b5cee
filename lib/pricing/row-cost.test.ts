import { describe, expect, it } from "vitest";
import type { ApiMetric } from "@/lib/api/contract";
import { type BasinAnswers, basinFigures } from "@/lib/breakdown/rows";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import { statCardsFor } from "@/lib/chart-data/stat-cards";
import { BYTES_PER_GIB } from "@/lib/meter/gib-months";
import type { BasinSet } from "@/lib/s2/contract";
import type { PriceList } from "./price-list";
import { type BasinCostFigures, basinFigureCost, basinRowCost, streamRowCost } from "./row-cost";
import { statCardCosts } from "./stat-card-cost";

const GIB = BYTES_PER_GIB;
const prices: PriceList = {
  currency: "USD",
  storagePerGiBMonth: { default: 0.1, express: 9 },
  appendedPerGiB: { default: 0.02, express: 0.5 },
  readPerGiB: 0.05,
  appendOperationsPerMillion: 1,
  readOperationsPerMillion: 0.25,
};

const none: BasinCostFigures = {
  storageByteHours: null,
  bytesAppended: null,
  bytesAppendedStandard: null,
  bytesAppendedExpress: null,
  bytesRead: null,
  appendOperations: null,
  readOperations: null,
};

describe("basinRowCost", () => {
  it("prices storage, bytes by class, bytes read, and append and read operations per million", () => {
    const cost = basinRowCost(prices, {
      storageByteHours: 730 * GIB,
      bytesAppended: 10 * GIB,
      bytesAppendedStandard: 6 * GIB,
      bytesAppendedExpress: 4 * GIB,
      bytesRead: 2 * GIB,
      appendOperations: 3e6,
      readOperations: 4e6,
    });
    expect(cost.lines.map((l) => [l.kind, l.cost])).toEqual([
      ["storage", expect.closeTo(0.1, 12)],
      ["append-operations", expect.closeTo(3, 12)],
      ["read-operations", expect.closeTo(1, 12)],
      // Standard has no price of its own: the default's 6 × 0.02, plus express's 4 × 0.5.
      ["appended-bytes", expect.closeTo(0.12 + 2, 12)],
      ["read-bytes", expect.closeTo(0.1, 12)],
    ]);
    expect(cost.total).toBeCloseTo(0.1 + 3 + 1 + 2.12 + 0.1, 12);
  });

  it("prices bytes of series named for no class at the default price", () => {
    const cost = basinRowCost(prices, { ...none, bytesAppended: 10 * GIB });
    expect(cost.total).toBeCloseTo(0.2, 12);
  });

  it("leaves an operation type the list does not price out, never free", () => {
    const cost = basinRowCost(
      { currency: "USD", appendOperationsPerMillion: 1 },
      {
        ...none,
        appendOperations: 3e6,
        readOperations: 5e6,
      },
    );
    expect(cost.total).toBeCloseTo(3, 12);
    expect(cost.lines.map((l) => l.kind)).toEqual(["append-operations"]);
  });

  it("has no total for a row without data", () => {
    expect(basinRowCost(prices, none).total).toBeNull();
  });
});

describe("a basin row costs what its page's stat cards cost", () => {
  const H = 3_600;
  const T0 = Date.UTC(2025, 2, 3) / 1000;
  const range = { start: T0, end: T0 + 6 * H };
  const now = T0 + 10 * H;
  const acc = (name: string, unit: "bytes" | "operations", values: [number, number][]): ApiMetric => ({
    accumulation: { name, unit, interval: "hour", values },
  });
  const answers: BasinAnswers = {
    storage: {
      range,
      values: [{ gauge: { name: "storage", unit: "bytes", values: [[T0, 3 * GIB]] } }],
    },
    "append-throughput": {
      range,
      values: [
        acc("standard", "bytes", [
          [T0, 5 * GIB],
          [T0 + H, GIB],
        ]),
        acc("express", "bytes", [[T0 + H, 2 * GIB]]),
      ],
    },
    "read-throughput": { range, values: [acc("bytes", "bytes", [[T0, 7 * GIB]])] },
    "append-ops": {
      range,
      values: [acc("standard", "operations", [[T0, 2e6]]), acc("express", "operations", [[T0, 1e6]])],
    },
    "read-ops": {
      range,
      values: [acc("unary", "operations", [[T0, 3e6]]), acc("streaming", "operations", [])],
    },
    "basin-ops": { range, values: [acc("list-streams", "operations", [[T0, 9e6]])] },
  };
  const figures = basinFigures(answers, now);

  /** What the basin page's cards of one set cost: its grand total, else its lone total or gauge total. */
  function pageCost(set: BasinSet): number | null {
    const cards = statCardsFor(splitMetricsByType(answers[set as keyof BasinAnswers].values), {
      range,
      now,
      zone: "UTC",
    });
    const costs = statCardCosts(prices, "basin", set, cards);
    const main =
      cards.find((c) => c.testId === "stat-accumulation-grand-total") ??
      cards.find((c) => c.testId === "stat-accumulation-total" || c.testId === "stat-gauge-total");
    return main === undefined ? null : (costs.get(main.key)?.amount ?? null);
  }

  it("figure by figure (the summary cards) and in total (the Est. cost column)", () => {
    expect(basinFigureCost(prices, "bytesAppended", figures)?.amount).toBeCloseTo(
      pageCost("append-throughput") ?? Number.NaN,
      12,
    );
    expect(basinFigureCost(prices, "appendOperations", figures)?.amount).toBeCloseTo(
      pageCost("append-ops") ?? Number.NaN,
      12,
    );
    expect(basinFigureCost(prices, "readOperations", figures)?.amount).toBeCloseTo(
      pageCost("read-ops") ?? Number.NaN,
      12,
    );
    const sets: BasinSet[] = ["storage", "append-throughput", "read-throughput", "append-ops", "read-ops"];
    const page = sets.reduce((sum, set) => sum + (pageCost(set) ?? Number.NaN), 0);
    expect(basinRowCost(prices, figures).total).toBeCloseTo(page, 12);
    // Basin operations are API calls: no price applies, on the page or in the row.
    expect(pageCost("basin-ops")).toBeNull();
    expect(basinFigureCost(prices, "basinOperations", figures)).toBeNull();
  });
});

describe("streamRowCost", () => {
  it("prices a stream's storage over the range", () => {
    expect(streamRowCost(prices, 73 * GIB)).toBeCloseTo(0.01, 12);
    expect(streamRowCost(prices, null)).toBeNull();
    expect(streamRowCost({ currency: "USD" }, 73 * GIB)).toBeNull();
  });
});

describe("basinFigureCost", () => {
  const figures = {
    storageLatest: 2 * GIB,
    storageByteHours: 146 * GIB,
    bytesAppended: GIB,
    bytesRead: null,
  };

  it("prices each priced figure of a summary row", () => {
    expect(basinFigureCost(prices, "storageLatest", figures)).toEqual({
      amount: expect.closeTo(0.2, 12),
      per: "month",
      gibMonths: null,
    });
    expect(basinFigureCost(prices, "storageByteHours", figures)).toEqual({
      amount: expect.closeTo(0.02, 12),
      per: "range",
      gibMonths: 0.2,
    });
    expect(basinFigureCost(prices, "bytesAppended", figures)?.amount).toBeCloseTo(0.02, 12);
  });

  it("gives bytes appended no cost when a class with bytes has no price, as the page's grand total", () => {
    const noDefault: PriceList = { currency: "USD", appendedPerGiB: { express: 0.5 } };
    const split = { bytesAppended: 3 * GIB, bytesAppendedStandard: GIB, bytesAppendedExpress: 2 * GIB };
    expect(basinFigureCost(noDefault, "bytesAppended", split)).toBeNull();
    expect(
      basinFigureCost(noDefault, "bytesAppended", {
        ...split,
        bytesAppendedStandard: null,
        bytesAppended: 2 * GIB,
      })?.amount,
    ).toBeCloseTo(1, 12);
  });

  it("gives no cost for no data or for a figure no price applies to", () => {
    expect(basinFigureCost(prices, "bytesRead", figures)).toBeNull();
    expect(basinFigureCost(prices, "operations", { ...figures, operations: 5 } as never)).toBeNull();
  });
});
