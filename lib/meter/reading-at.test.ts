import { describe, expect, it } from "vitest";
import { readingAt } from "./reading-at";

describe("readingAt", () => {
  const points: [number, number][] = [
    [120, 2],
    [0, 1],
  ];

  it("is the latest reading at or before the instant", () => {
    expect(readingAt(points, 0)).toEqual([0, 1]);
    expect(readingAt(points, 119)).toEqual([0, 1]);
    expect(readingAt(points, 120)).toEqual([120, 2]);
    expect(readingAt(points, 10_000)).toEqual([120, 2]);
  });

  it("is null before the first reading", () => {
    expect(readingAt(points, -1)).toBeNull();
    expect(readingAt([], 0)).toBeNull();
  });
});
