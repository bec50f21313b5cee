import { describe, expect, it } from "vitest";
import { checkExpressionRange, checkWallTextRange } from "./custom-range";

/** 2025-03-03T12:00:00Z. */
const NOW = Date.UTC(2025, 2, 3, 12) / 1000;

describe("checkExpressionRange", () => {
  it("accepts relative ranges and keeps them relative", () => {
    expect(checkExpressionRange("now-6h", "now", NOW)).toEqual({
      ok: true,
      range: { kind: "custom", from: { kind: "ago", amount: 6, unit: "h" }, to: { kind: "now" } },
    });
  });

  it("accepts up to 13 months, and refuses longer, an end in the future, and an inverted range, saying why", () => {
    expect(checkExpressionRange("now-396d", "now", NOW).ok).toBe(true);
    const long = checkExpressionRange("now-397d", "now", NOW);
    expect(long).toMatchObject({ ok: false });
    expect(!long.ok && long.reason).toMatch(/397 days.*at most 396 days \(13 months\)/);
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

describe("checkWallTextRange", () => {
  it("reads dates in the app's format on the chosen zone's clock", () => {
    expect(checkWallTextRange("3 Mar 2025 08:00", "3 Mar 2025 10:30", "UTC", NOW)).toEqual({
      ok: true,
      range: {
        kind: "custom",
        from: { kind: "absolute", t: NOW - 4 * 3_600 },
        to: { kind: "absolute", t: NOW - 1.5 * 3_600 },
      },
    });
    const berlin = checkWallTextRange("3 Mar 2025 08:00", "3 Mar 2025 10:30", "Europe/Berlin", NOW);
    expect(berlin.ok && berlin.range.kind === "custom" && berlin.range.from).toEqual({
      kind: "absolute",
      t: NOW - 5 * 3_600,
    });
  });

  it("accepts 13 months of dates, and refuses a bad date, more than 13 months, or an end in the future", () => {
    expect(checkWallTextRange("1 Feb 2024", "3 Mar 2025", "UTC", NOW).ok).toBe(true);
    expect(checkWallTextRange("1 Jan 2024", "3 Mar 2025", "UTC", NOW)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/at most 396 days/),
    });
    expect(checkWallTextRange("03/03/2025", "3 Mar 2025", "UTC", NOW)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Start: Write a date like 3 Mar 2025 14:05/),
    });
    const future = checkWallTextRange("3 Mar 2025 08:00", "4 Mar 2025 08:00", "UTC", NOW);
    expect(!future.ok && future.reason).toMatch(/in the future/);
  });
});
