import { describe, expect, it } from "vitest";
import { legendGroups } from "./legend-groups";
import { describeSeries } from "./merge-series";

describe("legendGroups", () => {
  it("puts operation types under their family's name, family by family", () => {
    const series = describeSeries(["trim", "list-streams", "create-stream", "check-tail", "basin-metrics"]);
    expect(legendGroups(series).map((g) => [g.label, g.items.map((s) => s.name)])).toEqual([
      ["Stream management", ["create-stream", "list-streams"]],
      ["Data", ["check-tail", "trim"]],
      ["Metrics", ["basin-metrics"]],
    ]);
  });

  it("gives one family, or series of no family, a single group without a heading", () => {
    expect(legendGroups(describeSeries(["standard", "express"]))).toEqual([
      { label: null, items: describeSeries(["standard", "express"]) },
    ]);
    expect(legendGroups(describeSeries(["list-streams", "create-stream"]))[0]?.label).toBeNull();
  });

  it("names other series apart when they sit beside a family", () => {
    const groups = legendGroups(describeSeries(["append", "standard"]));
    expect(groups.map((g) => g.label)).toEqual(["Data", null]);
  });
});
