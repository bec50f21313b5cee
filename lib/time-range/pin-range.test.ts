import { describe, expect, it } from "vitest";
import { pinRange } from "./pin-range";
import { resolveRange } from "./resolve-range";
import { parseViewParams, serialiseViewParams, type ViewState } from "./search-params";

const NOW = 1_741_000_000;

describe("pinRange", () => {
  const live: ViewState = {
    range: { kind: "preset", preset: "24h" },
    interval: "auto",
    tz: "utc",
    refresh: "30s",
  };

  it("pins the window on screen into an absolute link that later shows the same window", () => {
    const pinned = pinRange(live, NOW);
    expect(serialiseViewParams(pinned).toString()).toBe(`from=${NOW - 86_400}&to=${NOW}&tz=utc`);
    const later = parseViewParams(serialiseViewParams(pinned)).state;
    expect(resolveRange(later, NOW + 86_400 * 3)).toEqual(resolveRange(live, NOW));
  });

  it("switches auto-refresh off, since a pinned window never moves", () => {
    expect(pinRange(live, NOW).refresh).toBe("off");
  });

  it("leaves an absolute range as it was", () => {
    const absolute = pinRange(live, NOW);
    expect(pinRange(absolute, NOW + 500)).toEqual(absolute);
  });
});
