import { describe, expect, it } from "vitest";
import { FUTURE_SLACK_SECONDS, MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import { autoInterval, resolveRange } from "./resolve-range";
import type { RangeSpec } from "./search-params";

const NOW = 1_741_000_000;
const H = 3_600;
const D = 86_400;
const abs = (start: number, end: number): RangeSpec => ({
  kind: "custom",
  from: { kind: "absolute", t: start },
  to: { kind: "absolute", t: end },
});

describe("resolveRange", () => {
  it("turns a preset into the window ending now", () => {
    expect(resolveRange({ range: { kind: "preset", preset: "6h" }, interval: "auto" }, NOW)).toEqual({
      ok: true,
      range: { start: NOW - 6 * H, end: NOW },
      interval: "minute",
      intervalWasAuto: true,
    });
  });

  it("resolves relative expressions against now, truncating a fractional now", () => {
    const result = resolveRange(
      {
        range: {
          kind: "custom",
          from: { kind: "ago", amount: 2, unit: "d" },
          to: { kind: "ago", amount: 1, unit: "d" },
        },
        interval: "minute",
      },
      NOW + 0.7,
    );
    expect(result).toEqual({
      ok: true,
      range: { start: NOW - 2 * D, end: NOW - D },
      interval: "minute",
      intervalWasAuto: false,
    });
  });

  it("accepts exactly 30 days and exactly 60 s of future", () => {
    expect(resolveRange({ range: abs(NOW - MAX_RANGE_SECONDS, NOW), interval: "auto" }, NOW).ok).toBe(true);
    expect(resolveRange({ range: abs(NOW - H, NOW + FUTURE_SLACK_SECONDS), interval: "auto" }, NOW).ok).toBe(
      true,
    );
  });

  it.each<[string, RangeSpec, RegExp]>([
    ["an end before the start", abs(NOW, NOW - H), /start before it ends/],
    ["an empty range", abs(NOW, NOW), /start before it ends/],
    ["more than 30 days", abs(NOW - 45 * D, NOW), /spans 45 days; S2 serves at most 30 days/],
    ["an end over 60 s ahead", abs(NOW - H, NOW + 2 * H), /ends 2 hours in the future/],
    ["an end 61 s ahead", abs(NOW - H, NOW + 61), /ends 1 minute 1 second in the future/],
    ["a start before 1970", abs(-10, 10), /before 1970/],
  ])("refuses %s with a reason", (_, range, reason) => {
    const result = resolveRange({ range, interval: "auto" }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe("autoInterval", () => {
  it("uses minutes up to 6 h, hours up to 7 days, then days", () => {
    expect(autoInterval(H)).toBe("minute");
    expect(autoInterval(6 * H)).toBe("minute");
    expect(autoInterval(6 * H + 1)).toBe("hour");
    expect(autoInterval(24 * H)).toBe("hour");
    expect(autoInterval(7 * D)).toBe("hour");
    expect(autoInterval(7 * D + 1)).toBe("day");
    expect(autoInterval(30 * D)).toBe("day");
  });
});
