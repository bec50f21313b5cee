import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it.each([
    [0, "0 seconds"],
    [1, "1 second"],
    [90, "1 minute 30 seconds"],
    [2 * 3_600 + 1_800, "2 hours 30 minutes"],
    [45 * 86_400, "45 days"],
    [86_400 + 5, "1 day"],
  ])("says %d s as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
