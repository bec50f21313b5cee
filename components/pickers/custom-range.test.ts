import { describe, expect, it } from "vitest";
import { checkExpressionRange, checkWallClockRange } from "./custom-range";

/** 2025-03-03T12:00:00Z. */
const NOW = Date.UTC(2025, 2, 3, 12) / 1000;

describe("checkExpressionRange", () => {
  it("accepts relative ranges and keeps them relative", () => {
    expect(checkExpressionRange("now-6h", "now", NOW)).toEqual({
      ok: true,
      range: { kind: "custom", from: { kind: "ago", amount: 6, unit: "h" }, to: { kind: "now" } },
    });
  });

  it("refuses more than 30 days, an end in the future, and an inverted range, saying why", () => {
    const long = checkExpressionRange("now-31d", "now", NOW);
    expect(long).toMatchObject({ ok: false });
    expect(!long.ok && long.reason).toMatch(/31 days.*at most 30 days/);
    const future = checkExpressionRange("now-1h", String(NOW + 3_600), NOW);
    expect(!future.ok && future.reason).toMatch(/in the future/);
    expect(checkExpressionRange("now", "now-1h", NOW)).toMatchObject({ ok: false });
  });

  it("says which end could not be read", () => {
    const bad = checkExpressionRange("yesterday", "now", NOW);
    expect(!bad.ok && bad.reason).toMatch(/^Start "yesterday" is not a time/);
    expect(checkExpressionRange("now-1h", "", NOW)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^End is empty/),
    });
  });
});

describe("checkWallClockRange", () => {
  it("reads date and time inputs in the chosen zone", () => {
    const result = checkWallClockRange(
      { date: "2025-03-03", time: "08:00" },
      { date: "2025-03-03", time: "10:30" },
      "utc",
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      range: {
        kind: "custom",
        from: { kind: "absolute", t: NOW - 4 * 3_600 },
        to: { kind: "absolute", t: NOW - 1.5 * 3_600 },
      },
    });
  });

  it("refuses an incomplete input and an end in the future", () => {
    expect(
      checkWallClockRange({ date: "", time: "08:00" }, { date: "2025-03-03", time: "10:00" }, "utc", NOW),
    ).toEqual({
      ok: false,
      reason: "Enter a valid start date and time.",
    });
    const future = checkWallClockRange(
      { date: "2025-03-03", time: "08:00" },
      { date: "2025-03-04", time: "08:00" },
      "utc",
      NOW,
    );
    expect(!future.ok && future.reason).toMatch(/in the future/);
  });
});
