import { describe, expect, it } from "vitest";
import type { MetricSetResponse } from "@/lib/s2/contract";
import { stitchMetricSets } from "./stitch";

const H = 3_600;
const acc = (name: string, values: [number, number][]) => ({
  accumulation: { name, unit: "operations" as const, interval: "hour" as const, values },
});
const gauge = (name: string, values: [number, number][]) => ({
  gauge: { name, unit: "bytes" as const, values },
});

describe("stitchMetricSets", () => {
  it("concatenates buckets across window edges and keeps blank buckets blank, never 0", () => {
    // Window 1 is [0, 3H): its last bucket (2H) is blank. Window 2 is [3H, 6H): its first bucket is blank.
    const first: MetricSetResponse = {
      values: [
        acc("standard", [
          [0, 5],
          [H, 0],
        ]),
      ],
    };
    const second: MetricSetResponse = {
      values: [
        acc("standard", [
          [4 * H, 7],
          [5 * H, 1],
        ]),
      ],
    };
    const stitched = stitchMetricSets([first, second]);
    expect(stitched).toEqual({
      values: [
        acc("standard", [
          [0, 5],
          [H, 0],
          [4 * H, 7],
          [5 * H, 1],
        ]),
      ],
    });
  });

  it("keeps a series that only some windows have, in first-seen order, without inventing its gaps", () => {
    const first: MetricSetResponse = { values: [acc("create-stream", [[0, 1]])] };
    const second: MetricSetResponse = {
      values: [acc("delete-stream", [[3 * H, 2]]), acc("create-stream", [[4 * H, 3]])],
    };
    const third: MetricSetResponse = { values: [] };
    expect(stitchMetricSets([first, second, third]).values).toEqual([
      acc("create-stream", [
        [0, 1],
        [4 * H, 3],
      ]),
      acc("delete-stream", [[3 * H, 2]]),
    ]);
  });

  it("concatenates gauge readings, keeping one reading per instant (the later window's)", () => {
    const first: MetricSetResponse = {
      values: [
        gauge("storage", [
          [0, 10],
          [H, 20],
        ]),
      ],
    };
    const second: MetricSetResponse = {
      values: [
        gauge("storage", [
          [H, 21],
          [2 * H, 5],
        ]),
      ],
    };
    expect(stitchMetricSets([first, second]).values).toEqual([
      gauge("storage", [
        [0, 10],
        [H, 21],
        [2 * H, 5],
      ]),
    ]);
  });

  it("unites labels (a basin active in any window was active in the range)", () => {
    const label = (values: string[]) => ({ label: { name: "active-basins", values } });
    const stitched = stitchMetricSets([
      { values: [label(["a", "b"])] },
      { values: [label(["b", "c"])] },
      { values: [] },
    ]);
    expect(stitched.values).toEqual([label(["a", "b", "c"])]);
  });

  it("keeps the latest window's scalar, a single reading", () => {
    const scalar = (value: number) => ({ scalar: { name: "streams", unit: "operations" as const, value } });
    expect(stitchMetricSets([{ values: [scalar(1)] }, { values: [scalar(4)] }]).values).toEqual([scalar(4)]);
  });

  it("does not change the answers it was given", () => {
    const first: MetricSetResponse = { values: [acc("standard", [[0, 5]])] };
    const copy = structuredClone(first);
    stitchMetricSets([first, { values: [acc("standard", [[H, 1]])] }]);
    expect(first).toEqual(copy);
  });

  it("returns a lone answer as it is", () => {
    const only: MetricSetResponse = { values: [acc("standard", [[0, 5]])] };
    expect(stitchMetricSets([only])).toBe(only);
  });
});
