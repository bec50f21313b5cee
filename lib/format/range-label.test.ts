import { describe, expect, it } from "vitest";
import { lastDurationLabel, rangeLabel } from "./range-label";

const H = 3_600;
/** 2025-03-03T00:00:00Z. */
const MAR3 = Date.UTC(2025, 2, 3) / 1000;

describe("rangeLabel", () => {
  it("reads presets and now-relative ranges as the last so long", () => {
    expect(rangeLabel({ kind: "preset", preset: "1h" }, "UTC")).toBe("Last hour");
    expect(rangeLabel({ kind: "preset", preset: "24h" }, "UTC")).toBe("Last 24 hours");
    expect(rangeLabel({ kind: "preset", preset: "30d" }, "UTC")).toBe("Last 30 days");
    expect(
      rangeLabel(
        { kind: "custom", from: { kind: "ago", amount: 90, unit: "m" }, to: { kind: "now" } },
        "UTC",
      ),
    ).toBe("Last 1 hour 30 minutes");
  });

  it("reads an absolute range in the view's zone", () => {
    const range = {
      kind: "custom",
      from: { kind: "absolute", t: MAR3 + 14 * H },
      to: { kind: "absolute", t: MAR3 + 33 * H },
    } as const;
    expect(rangeLabel(range, "UTC")).toBe("3 Mar 14:00 – 4 Mar 09:00");
    expect(rangeLabel(range, "Asia/Kolkata")).toBe("3 Mar 19:30 – 4 Mar 14:30");
  });

  it("spells out mixed ends", () => {
    expect(
      rangeLabel(
        {
          kind: "custom",
          from: { kind: "ago", amount: 7, unit: "d" },
          to: { kind: "ago", amount: 1, unit: "d" },
        },
        "UTC",
      ),
    ).toBe("now-7d → now-1d");
    expect(
      rangeLabel({ kind: "custom", from: { kind: "absolute", t: MAR3 }, to: { kind: "now" } }, "UTC"),
    ).toBe("3 Mar 00:00 → now");
  });

  it("drops a leading one, and words a preset's length as the preset", () => {
    expect(lastDurationLabel(60)).toBe("Last minute");
    expect(lastDurationLabel(2 * 86_400)).toBe("Last 2 days");
    expect(lastDurationLabel(86_400)).toBe("Last 24 hours");
    expect(lastDurationLabel(6 * H)).toBe("Last 6 hours");
  });
});
