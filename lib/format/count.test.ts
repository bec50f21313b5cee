import { describe, expect, it } from "vitest";
import { formatCount } from "./count";

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [950, "950"],
    [1_000, "1k"],
    [1_200, "1.2k"],
    [12_345, "12.3k"],
    [999_950, "1M"],
    [2_500_000, "2.5M"],
    [1_500_000_000, "1.5B"],
  ])("shows %d operations as %s", (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});
