import { describe, expect, it } from "vitest";
import type { PriceList } from "./price-list";
import { basinFigureCost, basinRowCost, streamRowCost } from "./row-cost";

const GIB = 2 ** 30;
const prices: PriceList = {
  currency: "USD",
  storagePerGiBMonth: { default: 0.1, express: 9 },
  appendedPerGiB: { default: 0.02, express: 9 },
  readPerGiB: 0.05,
  appendOperationsPerMillion: 1,
};

describe("basinRowCost", () => {
  it("prices storage, bytes appended and bytes read at the default class prices", () => {
    const cost = basinRowCost(prices, {
      storageByteHours: 730 * GIB,
      bytesAppended: 10 * GIB,
      bytesRead: 2 * GIB,
    });
    expect(cost.lines.map((l) => [l.kind, l.cost])).toEqual([
      ["storage", expect.closeTo(0.1, 12)],
      ["appended-bytes", expect.closeTo(0.2, 12)],
      ["read-bytes", expect.closeTo(0.1, 12)],
    ]);
    expect(cost.total).toBeCloseTo(0.4, 12);
    // Operations are priced by the list but a row's operation total mixes in basin operations.
    expect(cost.unmeasured).toEqual(["append operations"]);
  });

  it("prices operations when a row carries them split", () => {
    const cost = basinRowCost(prices, {
      storageByteHours: null,
      bytesAppended: null,
      bytesRead: null,
      appendOperations: 3e6,
      readOperations: 5e6,
    });
    // Read operations have no price in this list: left out, not free.
    expect(cost.total).toBeCloseTo(3, 12);
    expect(cost.unmeasured).toEqual([]);
  });

  it("has no total for a row without data", () => {
    expect(
      basinRowCost(prices, { storageByteHours: null, bytesAppended: null, bytesRead: null }).total,
    ).toBeNull();
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

  it("gives no cost for no data or for a figure no price applies to", () => {
    expect(basinFigureCost(prices, "bytesRead", figures)).toBeNull();
    expect(basinFigureCost(prices, "operations", { ...figures, operations: 5 } as never)).toBeNull();
  });
});
