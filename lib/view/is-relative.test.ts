import { describe, expect, it } from "vitest";
import { isRelativeRange } from "./is-relative";

describe("isRelativeRange", () => {
  it("moves presets and ranges ending at now, not pinned ones", () => {
    expect(isRelativeRange({ kind: "preset", preset: "6h" })).toBe(true);
    expect(
      isRelativeRange({ kind: "custom", from: { kind: "ago", amount: 6, unit: "h" }, to: { kind: "now" } }),
    ).toBe(true);
    expect(
      isRelativeRange({ kind: "custom", from: { kind: "absolute", t: 1 }, to: { kind: "absolute", t: 100 } }),
    ).toBe(false);
  });
});
