import { describe, expect, it } from "vitest";
import { barBudget, pointBudget } from "./point-budget";

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
