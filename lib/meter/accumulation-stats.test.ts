import { describe, expect, it } from "vitest";
import { accumulationStats } from "./accumulation-stats";

describe("accumulationStats", () => {
  it("sums the buckets present", () => {
    expect(
      accumulationStats([
        [0, 3],
        [60, 4],
        [180, 5],
      ]),
    ).toEqual({ total: 12, bucketsWithData: 3 });
  });

  it("says no data (null) when no bucket was present, but 0 for recorded zeros", () => {
    expect(accumulationStats([]).total).toBeNull();
    expect(accumulationStats([[0, 0]])).toEqual({ total: 0, bucketsWithData: 1 });
  });

  it("counts exactly the buckets a chart over the same axis would show", () => {
    const axis = { start: 90, end: 240, intervalSeconds: 60 };
    // 60 starts before `start` but holds it; 240 starts at the exclusive end; 0 is wholly before.
    const stats = accumulationStats(
      [
        [0, 1],
        [60, 10],
        [180, 100],
        [240, 1_000],
      ],
      axis,
    );
    expect(stats).toEqual({ total: 110, bucketsWithData: 2 });
  });
});
