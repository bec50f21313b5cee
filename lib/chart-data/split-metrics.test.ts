import { describe, expect, it } from "vitest";
import type { Metric } from "@/lib/s2/contract";
import { splitMetricsByType } from "./split-metrics";

describe("splitMetricsByType", () => {
  it("groups whatever series came back by type, keeping their order", () => {
    const metrics: Metric[] = [
      { accumulation: { name: "standard", unit: "operations", interval: "minute", values: [] } },
      { gauge: { name: "metered_size", unit: "bytes", values: [] } },
      { accumulation: { name: "express", unit: "operations", interval: "minute", values: [] } },
      { label: { name: "active", values: ["basin-one"] } },
      { scalar: { name: "count", unit: "operations", value: 3 } },
    ];
    const split = splitMetricsByType(metrics);
    expect(split.accumulations.map((m) => m.name)).toEqual(["standard", "express"]);
    expect(split.gauges.map((m) => m.name)).toEqual(["metered_size"]);
    expect(split.labels).toHaveLength(1);
    expect(split.scalars).toHaveLength(1);
  });
});
