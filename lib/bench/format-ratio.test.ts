import { describe, expect, it } from "vitest";
import { formatRatio, ratio } from "./format-ratio";

describe("ratio and formatRatio", () => {
  it("prints two decimals below 10, one below 100, none above", () => {
    expect(formatRatio(ratio(134, 72.8))).toBe("1.84x");
    expect(formatRatio(ratio(50, 100))).toBe("0.50x");
    expect(formatRatio(ratio(2_402, 134))).toBe("17.9x");
    expect(formatRatio(ratio(13_586, 73.3))).toBe("185x");
  });

  it("prints n/a when a side was not measured or is zero, never Infinity or NaN", () => {
    expect(formatRatio(ratio(134, 0))).toBe("n/a");
    expect(formatRatio(ratio(Number.NaN, 10))).toBe("n/a");
    expect(formatRatio(ratio(10, Number.NaN))).toBe("n/a");
  });
});
