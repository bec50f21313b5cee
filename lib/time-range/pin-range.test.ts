import { describe, expect, it } from "vitest";
import { pinRange } from "./pin-range";
import { resolveViewWindow } from "./resolve-range";
import { parseViewParams, serialiseViewParams, type ViewState } from "./search-params";

const NOW = 1_741_000_000;

describe("pinRange", () => {
  const live: ViewState = {
    range: { kind: "preset", preset: "24h" },
    interval: "auto",
    tz: "utc",
    refresh: "30s",
    compare: false,
    values: "rate",
  };

  it("pins the window on screen into an absolute link that later shows the same window", () => {
    const pinned = pinRange(live, NOW);
    // The window on screen starts on the hour (10:00, not 11:06:40 a day ago): the link says so.
    expect(serialiseViewParams(pinned).toString()).toBe(`from=${NOW - 86_400 - 400}&to=${NOW}&tz=utc`);
    const later = parseViewParams(serialiseViewParams(pinned)).state;
    const shown = resolveViewWindow(live, NOW);
    const opened = resolveViewWindow(later, NOW + 86_400 * 3);
    expect(opened.ok && shown.ok && [opened.range, opened.interval]).toEqual(
      shown.ok && [shown.range, shown.interval],
    );
  });

  it("keeps the interval on screen when aligning would tip auto over to another one", () => {
    const sixHours: ViewState = { ...live, range: { kind: "preset", preset: "6h" } };
    expect(resolveViewWindow(sixHours, NOW)).toMatchObject({ interval: "minute" });
    const pinned = pinRange(sixHours, NOW);
    expect(pinned.interval).toBe("minute");
    const later = parseViewParams(serialiseViewParams(pinned)).state;
    expect(resolveViewWindow(later, NOW + 86_400)).toMatchObject({
      range: { start: NOW - 6 * 3_600 - 40, end: NOW },
    });
  });

  it("switches auto-refresh off, since a pinned window never moves", () => {
    expect(pinRange(live, NOW).refresh).toBe("off");
  });

  it("leaves an absolute range as it was", () => {
    const absolute = pinRange(live, NOW);
    expect(pinRange(absolute, NOW + 500)).toEqual(absolute);
  });
});

describe("pinRange with a zone", () => {
  it("pins this month at the zone's midnight and keeps the zone in the link", () => {
    const now = Date.UTC(2025, 2, 15, 12) / 1000;
    const state: ViewState = {
      range: { kind: "calendar", period: "this-month" },
      interval: "day",
      tz: "Europe/Berlin",
      refresh: "off",
      compare: true,
      values: "total",
    };
    const link = serialiseViewParams(pinRange(state, now, "Europe/Berlin")).toString();
    expect(link).toBe(
      `from=${Date.UTC(2025, 1, 28, 23) / 1000 - 23 * 3_600}&to=${now}&interval=day&tz=Europe%2FBerlin&compare=1&values=total`,
    );
  });
});

describe("pinRange without a zone", () => {
  it("places a calendar range in the state's own zone choice", () => {
    const now = Date.UTC(2025, 2, 15, 12) / 1000;
    const state: ViewState = {
      range: { kind: "calendar", period: "last-month" },
      interval: "hour",
      tz: "America/New_York",
      refresh: "off",
      compare: false,
      values: "rate",
    };
    expect(pinRange(state, now).range).toEqual({
      kind: "custom",
      from: { kind: "absolute", t: Date.UTC(2025, 1, 1, 5) / 1000 },
      to: { kind: "absolute", t: Date.UTC(2025, 2, 1, 5) / 1000 },
    });
  });
});
