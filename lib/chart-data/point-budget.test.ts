import { describe, expect, it } from "vitest";
import { barBudget, planReduction, pointBudget } from "./point-budget";

describe("pointBudget / barBudget", () => {
  it("allows about two line points per pixel and one bar per three pixels", () => {
    expect(pointBudget(600)).toBe(1_200);
    expect(barBudget(600)).toBe(200);
  });

  it("still gives a usable budget before the chart has been measured", () => {
    expect(pointBudget(0)).toBe(4);
    expect(pointBudget(Number.NaN)).toBe(4);
    expect(barBudget(0)).toBe(1);
  });
});

describe("planReduction", () => {
  it("leaves a week of hourly bars alone on an 800 px chart", () => {
    expect(planReduction("accumulation", 168, 800)).toEqual({ kind: "none" });
  });

  it("re-buckets a week of minute bars, which would be thinner than a pixel", () => {
    expect(planReduction("accumulation", 7 * 1_440, 800)).toEqual({ kind: "rebucket", maxBuckets: 266 });
  });

  it("downsamples 30 days of per-minute stream storage", () => {
    expect(planReduction("gauge", 30 * 1_440, 800)).toEqual({ kind: "downsample", maxPoints: 1_600 });
  });
});
