import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/s2/contract";
import { sparklinePath } from "./sparkline-path";

const range = { start: 0, end: 100 };
const path = (points: Point[], height = 20) => sparklinePath(points, range, 100, height);

describe("sparklinePath", () => {
  it("draws steps: each level held until the next reading, scaled from the lowest to the highest", () => {
    expect(
      path(
        [
          [0, 5],
          [50, 10],
        ],
        22,
      ),
    ).toBe("M0 21H50V1H100");
    // A move of 2 % fills the height: storage rarely moves more, and a zero-based line would look flat.
    expect(
      path(
        [
          [0, 100],
          [25, 101],
          [50, 102],
        ],
        22,
      ),
    ).toBe("M0 21H25V11H50V1H75");
  });

  it("is empty without readings; a level that never moves is mid-height, or on the baseline at zero", () => {
    expect(path([])).toBe("");
    expect(
      path([
        [0, 7],
        [50, 7],
      ]),
    ).toBe("M0 10H50V10H100");
    expect(
      path([
        [0, 0],
        [50, 0],
      ]),
    ).toBe("M0 19H50V19H100");
  });

  it("places readings in time across the whole range, so rows line up, and stops after the last", () => {
    expect(
      path([
        [50, 3],
        [60, 3],
      ]),
    ).toBe("M50 10H60V10H70");
  });

  it("sorts its readings and clips times to the range", () => {
    expect(
      path([
        [150, 1],
        [-20, 2],
      ]),
    ).toBe("M0 1H100V19H100");
  });
});
