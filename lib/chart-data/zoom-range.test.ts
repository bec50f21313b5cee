import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  intervalAfterZoom,
  MAX_ZOOM_SECONDS,
  MIN_ZOOM_SECONDS,
  zoomOut,
  zoomRangeSpec,
  zoomToSpan,
} from "./zoom-range";

const H = 3_600;
const D = 86_400;
const NOW = 1_000 * D + 5 * H + 1_234;

describe("zoomToSpan", () => {
  it("takes a drag in either direction, snapped outward to whole minutes", () => {
    expect(zoomToSpan(NOW - 2 * H + 17, NOW - 3 * H - 5, NOW)).toEqual({
      start: Math.floor((NOW - 3 * H - 5) / 60) * 60,
      end: Math.ceil((NOW - 2 * H + 17) / 60) * 60,
    });
  });

  it("zooms a clicked bar to exactly its bucket", () => {
    expect(zoomToSpan(1_000 * D, 1_000 * D + H, NOW)).toEqual({ start: 1_000 * D, end: 1_000 * D + H });
  });

  it("never ends past now and is at least a minute", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: NOW - 30 * D, max: NOW + H }),
        fc.integer({ min: -H, max: H }),
        (a, d) => {
          const span = zoomToSpan(a, a + d, NOW);
          expect(span.end).toBeLessThanOrEqual(NOW);
          expect(span.end - span.start).toBeGreaterThanOrEqual(MIN_ZOOM_SECONDS);
        },
      ),
    );
  });
});

describe("zoomOut", () => {
  it("doubles a past window around its centre", () => {
    expect(zoomOut({ start: 10 * D, end: 11 * D }, NOW)).toEqual({ start: 9.5 * D, end: 11.5 * D });
  });

  it("does not run past now: a window ending now widens backwards", () => {
    expect(zoomOut({ start: NOW - D, end: NOW }, NOW)).toEqual({ start: NOW - 2 * D, end: NOW });
  });

  it("stops at 13 months", () => {
    expect(zoomOut({ start: NOW - 300 * D, end: NOW }, NOW)).toEqual({
      start: NOW - MAX_ZOOM_SECONDS,
      end: NOW,
    });
  });

  it("always contains the window it widened, unless capped", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 90 * D }),
        fc.integer({ min: 0, max: 60 * D }),
        (length, ago) => {
          const range = { start: NOW - ago - length, end: NOW - ago };
          const wider = zoomOut(range, NOW);
          expect(wider.end).toBeLessThanOrEqual(NOW);
          expect(wider.end - wider.start).toBe(Math.min(2 * length, MAX_ZOOM_SECONDS));
          expect(wider.start).toBeLessThanOrEqual(range.start);
        },
      ),
    );
  });
});

describe("intervalAfterZoom", () => {
  it("keeps auto and a fixed interval that still draws several bars", () => {
    expect(intervalAfterZoom("auto", 60)).toBe("auto");
    expect(intervalAfterZoom("hour", 6 * H)).toBe("hour");
    expect(intervalAfterZoom("day", 7 * D)).toBe("day");
  });

  it("drops a coarse fixed interval to auto when zooming in past it", () => {
    expect(intervalAfterZoom("day", 2 * D)).toBe("auto");
    expect(intervalAfterZoom("hour", 2 * H)).toBe("auto");
  });
});

describe("zoomRangeSpec", () => {
  it("writes a zoomed span as absolute times", () => {
    expect(zoomRangeSpec({ start: 10 * D, end: 11 * D }, NOW, true)).toEqual({
      kind: "custom",
      from: { kind: "absolute", t: 10 * D },
      to: { kind: "absolute", t: 11 * D },
    });
  });

  it("keeps a live view live when zooming out from now", () => {
    expect(zoomRangeSpec({ start: NOW - 2 * D, end: NOW }, NOW, true)).toEqual({
      kind: "custom",
      from: { kind: "ago", amount: 2, unit: "d" },
      to: { kind: "now" },
    });
    expect(zoomRangeSpec({ start: NOW - 12 * H, end: NOW }, NOW, true)).toMatchObject({
      from: { kind: "ago", amount: 12, unit: "h" },
    });
    expect(zoomRangeSpec({ start: NOW - 2 * D, end: NOW }, NOW, false)).toMatchObject({
      to: { kind: "absolute", t: NOW },
    });
  });
});
