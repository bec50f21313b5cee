import { describe, expect, it } from "vitest";
import { formatPeriodChange, periodLength } from "./period-change";

const H = 3_600;

describe("formatPeriodChange", () => {
  it("says the change in percent against the previous period", () => {
    expect(formatPeriodChange({ kind: "ratio", ratio: 0.12 }, 24 * H)).toEqual({
      text: "+12 % vs previous 24 h",
      direction: "up",
    });
    expect(formatPeriodChange({ kind: "ratio", ratio: -0.053 }, 7 * 24 * H).text).toBe(
      "\u22125.3 % vs previous 7 days",
    );
    expect(formatPeriodChange({ kind: "ratio", ratio: 14.2 }, H).text).toBe("+1,420 % vs previous 1 h");
  });

  it("has a sensible answer from 0 and from blank", () => {
    expect(formatPeriodChange({ kind: "from-zero" }, 24 * H).text).toBe("up from 0 vs previous 24 h");
    expect(formatPeriodChange({ kind: "unchanged" }, 24 * H).direction).toBe("flat");
    expect(formatPeriodChange({ kind: "no-previous" }, 24 * H)).toEqual({
      text: "no data in previous 24 h",
      direction: null,
    });
    expect(formatPeriodChange({ kind: "ratio", ratio: 0.0004 }, H).text).toBe("no change vs previous 1 h");
  });
});

describe("periodLength", () => {
  it("reads as the presets do", () => {
    expect(periodLength(6 * H)).toBe("6 h");
    expect(periodLength(48 * H)).toBe("48 h");
    expect(periodLength(30 * 24 * H)).toBe("30 days");
    expect(periodLength(90 * 60)).toBe("1 hour 30 minutes");
  });
});
