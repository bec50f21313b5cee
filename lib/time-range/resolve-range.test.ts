import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { FUTURE_SLACK_SECONDS, INTERVAL_SECONDS, INTERVALS, MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import { alignWindow } from "./epoch-range";
import { autoInterval, resolveRange, resolveViewWindow } from "./resolve-range";
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

  it("accepts exactly 13 months (396 days) and exactly 60 s of future", () => {
    expect(MAX_VIEW_RANGE_SECONDS).toBe(396 * D);
    expect(resolveRange({ range: abs(NOW - 90 * D, NOW), interval: "auto" }, NOW).ok).toBe(true);
    expect(resolveRange({ range: abs(NOW - MAX_VIEW_RANGE_SECONDS, NOW), interval: "auto" }, NOW).ok).toBe(
      true,
    );
    expect(resolveRange({ range: abs(NOW - H, NOW + FUTURE_SLACK_SECONDS), interval: "auto" }, NOW).ok).toBe(
      true,
    );
  });

  it.each<[string, RangeSpec, RegExp]>([
    ["an end before the start", abs(NOW, NOW - H), /start before it ends/],
    ["an empty range", abs(NOW, NOW), /start before it ends/],
    [
      "more than 13 months",
      abs(NOW - 400 * D, NOW),
      /spans 400 days; a view shows at most 396 days \(13 months\)/,
    ],
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

describe("resolveViewWindow", () => {
  it("turns a preset into the window ending now, its start aligned down to a whole bucket", () => {
    // NOW is 11:06:40 UTC; six hours before is 05:06:40, whose minute starts 40 s earlier.
    expect(resolveViewWindow({ range: { kind: "preset", preset: "6h" }, interval: "auto" }, NOW)).toEqual({
      ok: true,
      range: { start: NOW - 6 * H - 40, end: NOW },
      requested: { start: NOW - 6 * H, end: NOW },
      clamped: false,
      interval: "minute",
      intervalWasAuto: true,
    });
  });

  it("starts 'Last 24 hours' by hour on the hour, so the first bar is a whole hour", () => {
    const result = resolveViewWindow({ range: { kind: "preset", preset: "24h" }, interval: "hour" }, NOW);
    expect(result.ok && result.range).toEqual({ start: NOW - D - 400, end: NOW });
    expect(result.ok && result.range.start % H).toBe(0);
  });

  it("aligns the start to whichever interval the view asks for, by less than one bucket", () => {
    for (const interval of INTERVALS) {
      const result = resolveViewWindow({ range: { kind: "preset", preset: "7d" }, interval }, NOW);
      expect(result.ok && result.range.start % INTERVAL_SECONDS[interval]).toBe(0);
      expect(result.ok && result.requested.start - result.range.start).toBeLessThan(
        INTERVAL_SECONDS[interval],
      );
    }
  });

  it("shows 'Last 30 days' and 'Last 90 days' whole, by day from the midnight before", () => {
    for (const preset of ["30d", "90d"] as const) {
      const result = resolveViewWindow({ range: { kind: "preset", preset }, interval: "auto" }, NOW);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.interval).toBe("day");
      expect(result.clamped).toBe(false);
      expect(result.range.start % D).toBe(0);
      expect(result.range.start).toBeLessThanOrEqual(result.requested.start);
      expect(result.requested.start - result.range.start).toBeLessThan(D);
    }
  });

  it("keeps a 13-month window by day within 13 months by starting at the next midnight", () => {
    const result = resolveViewWindow(
      { range: abs(NOW - MAX_VIEW_RANGE_SECONDS, NOW), interval: "auto" },
      NOW,
    );
    expect(result.ok && result.range.start % D).toBe(0);
    expect(result.ok && result.range.end - result.range.start).toBeLessThanOrEqual(MAX_VIEW_RANGE_SECONDS);
  });

  it("clamps a link over 13 months to the 13 months ending at its end, instead of showing nothing", () => {
    const end = NOW - 40; // on a minute boundary, like an absolute link
    const result = resolveViewWindow({ range: abs(end - 500 * D, end), interval: "minute" }, NOW);
    expect(result).toEqual({
      ok: true,
      range: { start: end - MAX_VIEW_RANGE_SECONDS, end },
      requested: { start: end - 500 * D, end },
      clamped: true,
      interval: "minute",
      intervalWasAuto: false,
    });
    // 45 days is no longer clamped: the planner fetches it in two calls.
    const long = resolveViewWindow({ range: abs(end - 45 * D, end), interval: "auto" }, NOW);
    expect(long.ok && long.clamped).toBe(false);
    expect(long.ok && long.interval).toBe("day");
  });

  it("still refuses what no clamping mends", () => {
    expect(resolveViewWindow({ range: abs(NOW, NOW - H), interval: "auto" }, NOW).ok).toBe(false);
    expect(resolveViewWindow({ range: abs(NOW - H, NOW + 2 * H), interval: "auto" }, NOW).ok).toBe(false);
  });
});

describe("alignWindow", () => {
  it("puts every start on a boundary of its interval, never later than asked, never over 30 days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_RANGE_SECONDS, max: 4_000_000_000 }),
        fc.integer({ min: 1, max: MAX_RANGE_SECONDS }),
        fc.constantFrom(...INTERVALS),
        (end, length, interval) => {
          const seconds = INTERVAL_SECONDS[interval];
          const { start } = alignWindow({ start: end - length, end }, seconds);
          expect(start % seconds).toBe(0);
          expect(end - start).toBeLessThanOrEqual(MAX_RANGE_SECONDS);
          // Moved down by less than a bucket, or (only when that would exceed 30 days) up by less than one.
          expect(Math.abs(start - (end - length))).toBeLessThan(seconds);
        },
      ),
    );
  });

  it("is a no-op on a window that is already aligned", () => {
    expect(alignWindow({ start: 10 * H, end: 20 * H + 5 }, H)).toEqual({ start: 10 * H, end: 20 * H + 5 });
  });
});
