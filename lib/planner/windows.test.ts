import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { INTERVAL_SECONDS, INTERVALS, MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import { alignDown } from "@/lib/time-range/epoch-range";
import { splitIntoWindows, WINDOW_GRID_SECONDS } from "./windows";

const DAY = 86_400;
const GRID = WINDOW_GRID_SECONDS;

describe("splitIntoWindows", () => {
  it("leaves a range S2 takes in one call as it is, up to exactly 30 days", () => {
    expect(splitIntoWindows({ start: 100, end: 100 })).toEqual([{ start: 100, end: 100 }]);
    expect(splitIntoWindows({ start: 7, end: 7 + MAX_RANGE_SECONDS })).toEqual([
      { start: 7, end: 7 + MAX_RANGE_SECONDS },
    ]);
  });

  it("cuts one second past 30 days on the epoch grid", () => {
    const start = 10 * GRID - 1;
    expect(splitIntoWindows({ start, end: start + MAX_RANGE_SECONDS + 1 })).toEqual([
      { start, end: 10 * GRID },
      { start: 10 * GRID, end: 11 * GRID },
    ]);
  });

  it("starting or ending exactly on a grid instant makes no empty window", () => {
    expect(splitIntoWindows({ start: 3 * GRID, end: 6 * GRID })).toEqual([
      { start: 3 * GRID, end: 4 * GRID },
      { start: 4 * GRID, end: 5 * GRID },
      { start: 5 * GRID, end: 6 * GRID },
    ]);
    expect(splitIntoWindows({ start: 3 * GRID + 60, end: 5 * GRID })).toEqual([
      { start: 3 * GRID + 60, end: 4 * GRID },
      { start: 4 * GRID, end: 5 * GRID },
    ]);
  });

  it("a 90-day range takes at most 4 calls wherever it falls; 13 months at most 15", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000_000 }), (start) => {
        expect(splitIntoWindows({ start, end: start + 90 * DAY }).length).toBeLessThanOrEqual(4);
        expect(splitIntoWindows({ start, end: start + MAX_VIEW_RANGE_SECONDS }).length).toBeLessThanOrEqual(
          15,
        );
      }),
    );
  });

  it("covers the range exactly, never overlaps, keeps each window within 30 days, cuts only on the grid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000_000 }),
        fc.integer({ min: 0, max: MAX_VIEW_RANGE_SECONDS }),
        (start, length) => {
          const end = start + length;
          const windows = splitIntoWindows({ start, end });
          expect(windows[0]?.start).toBe(start);
          expect(windows.at(-1)?.end).toBe(end);
          for (const [i, w] of windows.entries()) {
            expect(w.end - w.start).toBeLessThanOrEqual(MAX_RANGE_SECONDS);
            if (windows.length > 1) expect(w.end).toBeGreaterThan(w.start);
            if (i > 0) {
              // Contiguous: the previous window ends (exclusive) where this one starts.
              expect(windows[i - 1]?.end).toBe(w.start);
              expect(w.start % GRID).toBe(0);
            }
          }
        },
      ),
    );
  });

  it("never cuts inside a bucket of any interval when the range starts on one", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTERVALS),
        fc.integer({ min: 0, max: 30_000_000 }),
        fc.integer({ min: 1, max: 400 * 24 }),
        (interval, startBucket, hours) => {
          const seconds = INTERVAL_SECONDS[interval];
          const start = startBucket * seconds;
          for (const w of splitIntoWindows({ start, end: start + hours * 3_600 })) {
            expect(alignDown(w.start, seconds)).toBe(w.start);
          }
        },
      ),
    );
  });

  it("honours a smaller per-call limit", () => {
    const windows = splitIntoWindows({ start: 0, end: 10 * DAY }, 3 * DAY);
    expect(windows.map((w) => w.end - w.start)).toEqual([3 * DAY, 3 * DAY, 3 * DAY, DAY]);
  });
});
