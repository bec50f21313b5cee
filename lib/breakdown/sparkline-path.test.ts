import { describe, expect, it } from "vitest";
import { sparklinePath } from "./sparkline-path";

const range = { start: 0, end: 100 };

describe("sparklinePath", () => {
  it("draws steps: each level held until the next reading, scaled to the peak", () => {
    expect(
      sparklinePath(
        [
          [0, 5],
          [50, 10],
        ],
        range,
        100,
        21,
      ),
    ).toBe("M0 11H50V1H100");
  });

  it("is empty without readings, and a flat zero sits on the baseline", () => {
    expect(sparklinePath([], range, 100, 20)).toBe("");
    expect(
      sparklinePath(
        [
          [0, 0],
          [50, 0],
        ],
        range,
        100,
        20,
      ),
    ).toBe("M0 20H50V20H100");
  });

  it("places readings in time across the whole range, so rows line up", () => {
    expect(
      sparklinePath(
        [
          [50, 3],
          [60, 3],
        ],
        range,
        100,
        20,
      ),
    ).toBe("M50 1H60V1H70");
  });

  it("sorts its readings and clips times to the range", () => {
    expect(
      sparklinePath(
        [
          [150, 1],
          [-20, 1],
        ],
        range,
        100,
        20,
      ),
    ).toBe("M0 1H100V1H100");
  });
});
