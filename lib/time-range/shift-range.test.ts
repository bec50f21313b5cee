import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE } from "./search-params";
import { shiftView, shiftWindow, zoomOutView } from "./shift-range";

const NOW = 1_764_633_600; // 2 Dec 2025 00:00Z
const H = 3_600;
const D = 86_400;

describe("shiftWindow", () => {
  it("moves back by the window's length", () => {
    expect(shiftWindow({ start: NOW - D, end: NOW }, NOW, "back")).toEqual({
      start: NOW - 2 * D,
      end: NOW - D,
    });
  });

  it("moves forward, cut at now, and not at all from a window ending now", () => {
    expect(shiftWindow({ start: NOW - 3 * D, end: NOW - 2 * D }, NOW, "forward")).toEqual({
      start: NOW - 2 * D,
      end: NOW - D,
    });
    expect(shiftWindow({ start: NOW - 2 * D, end: NOW - 6 * H }, NOW, "forward")).toEqual({
      start: NOW - 2 * D + 6 * H,
      end: NOW,
    });
    expect(shiftWindow({ start: NOW - D, end: NOW }, NOW, "forward")).toBeNull();
  });

  it("lands on now when a step forward ends just short of it, in whole minutes", () => {
    // Stepped back from a window resolved 30 s ago, whose start was aligned down to the hour.
    const shown = { start: NOW - 2 * D - 40 * 60 - 30, end: NOW - D - 30 };
    expect(shiftWindow(shown, NOW, "forward")).toEqual({ start: NOW - D - 40 * 60, end: NOW });
    expect(shiftWindow({ start: NOW - D - 20, end: NOW - 20 }, NOW, "forward")).toBeNull();
  });
});

describe("shiftView", () => {
  it("writes a step back as absolute times, and a step forward onto now as live again", () => {
    const back = shiftView(DEFAULT_VIEW_STATE, { start: NOW - D, end: NOW }, NOW, "back");
    expect(back?.range).toEqual({
      kind: "custom",
      from: { kind: "absolute", t: NOW - 2 * D },
      to: { kind: "absolute", t: NOW - D },
    });
    const forward = shiftView(DEFAULT_VIEW_STATE, { start: NOW - 2 * D, end: NOW - D }, NOW, "forward");
    expect(forward?.range).toEqual({
      kind: "custom",
      from: { kind: "ago", amount: 1, unit: "d" },
      to: { kind: "now" },
    });
  });
});

describe("zoomOutView", () => {
  it("doubles a live window and keeps it following now", () => {
    const wider = zoomOutView(DEFAULT_VIEW_STATE, { start: NOW - D, end: NOW }, NOW, true);
    expect(wider.range).toEqual({
      kind: "custom",
      from: { kind: "ago", amount: 2, unit: "d" },
      to: { kind: "now" },
    });
  });
});
