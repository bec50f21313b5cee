import { describe, expect, it } from "vitest";
import { currentRangeKey, embedRangeChoices } from "./embed-range-choices";
import type { EmbedView } from "./embed-spec";

const base: EmbedView = {
  kind: "chart",
  target: { level: "basin", basin: "prod-events" },
  sets: ["append-ops"],
  range: { kind: "relative", seconds: 86_400 },
  interval: "auto",
  rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 },
  theme: "light",
};

describe("embedRangeChoices", () => {
  it("offers nothing when the token fixes the range", () => {
    expect(embedRangeChoices({ ...base, rangeChange: { allowed: false } }, "UTC")).toEqual([]);
  });

  it("offers the app's quick ranges shorter than the lookback, with the app's labels", () => {
    const choices = embedRangeChoices(base, "UTC");
    expect(choices.map((c) => c.label)).toEqual(["Last hour", "Last 6 hours", "Last 24 hours"]);
    // The token's 24 hours is the app's "Last 24 hours", never "Last day", and is not offered twice.
    expect(choices.filter((c) => c.key === "24h")).toHaveLength(1);
  });

  it("puts a fixed token range first, by its span", () => {
    const fixed: EmbedView = {
      ...base,
      range: { kind: "fixed", start: 1_764_669_600, end: 1_764_687_600 },
      rangeChange: { allowed: true, lookbackSeconds: 90 * 86_400 },
    };
    const choices = embedRangeChoices(fixed, "UTC");
    expect(choices[0]).toMatchObject({ key: "token", range: null });
    expect(choices[0]?.label).toMatch(/2 Dec/);
    expect(choices.map((c) => c.key)).toEqual(["token", "1h", "6h", "24h", "7d", "30d"]);
  });
});

describe("currentRangeKey", () => {
  it("names presets, the token's own range, and nothing else", () => {
    expect(currentRangeKey(base, { kind: "preset", preset: "6h" })).toBe("6h");
    expect(
      currentRangeKey(base, {
        kind: "custom",
        from: { kind: "ago", amount: 1, unit: "d" },
        to: { kind: "now" },
      }),
    ).toBe("24h");
    expect(
      currentRangeKey(base, {
        kind: "custom",
        from: { kind: "ago", amount: 3, unit: "h" },
        to: { kind: "now" },
      }),
    ).toBeNull();
  });
});
