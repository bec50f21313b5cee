import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { INTERVAL_SECONDS, INTERVALS, MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import { alignDown } from "@/lib/time-range/epoch-range";
import { SETTLED_SPLIT_MIN_SECONDS, splitIntoWindows, WINDOW_GRID_SECONDS } from "./windows";

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
    const windows = splitIntoWindows({ start: 0, end: 10 * DAY }, { maxSeconds: 3 * DAY });
    expect(windows.map((w) => w.end - w.start)).toEqual([3 * DAY, 3 * DAY, 3 * DAY, DAY]);
  });

  it("cuts a range within 30 days around its settled whole days, so they are the same request all day", () => {
    const now = 1_000 * DAY + 5 * 3_600 + 7; // 05:00:07 UTC
    const start = now - 30 * DAY;
    const windows = splitIntoWindows({ start, end: now }, { now, settleSeconds: 3_600 });
    expect(windows).toEqual([
      { start, end: 971 * DAY },
      { start: 971 * DAY, end: 1_000 * DAY },
      { start: 1_000 * DAY, end: now },
    ]);
    // An hour later the settled days are the same window.
    const later = splitIntoWindows(
      { start: start + 3_600, end: now + 3_600 },
      { now: now + 3_600, settleSeconds: 3_600 },
    );
    expect(later[1]).toEqual(windows[1]);
    // Just after midnight the last day is not settled yet (it closed less than an hour ago).
    const early = splitIntoWindows(
      { start: 1_000 * DAY + 60 - 30 * DAY, end: 1_000 * DAY + 60 },
      { now: 1_000 * DAY + 60, settleSeconds: 3_600 },
    );
    expect(early[1]?.end).toBe(999 * DAY);
  });

  it("leaves a short range, or one with less than two settled days, in one call", () => {
    const now = 1_000 * DAY + 5 * 3_600;
    expect(splitIntoWindows({ start: now - DAY, end: now }, { now })).toHaveLength(1);
    expect(splitIntoWindows({ start: now - 2 * DAY, end: now }, { now })).toHaveLength(1);
  });

  it("with a clock, still covers exactly, never overlaps, and cuts only on day boundaries", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000_000 }),
        fc.integer({ min: 0, max: MAX_RANGE_SECONDS }),
        fc.integer({ min: -60, max: 40 * DAY }),
        (start, length, ahead) => {
          const end = start + length;
          const windows = splitIntoWindows({ start, end }, { now: end + ahead, settleSeconds: 3_600 });
          expect(windows[0]?.start).toBe(start);
          expect(windows.at(-1)?.end).toBe(end);
          expect(windows.length).toBeLessThanOrEqual(3);
          for (const [i, w] of windows.entries()) {
            if (windows.length > 1) expect(w.end).toBeGreaterThan(w.start);
            if (i > 0) {
              expect(windows[i - 1]?.end).toBe(w.start);
              expect(w.start % DAY).toBe(0);
            }
          }
          const settled =
            windows.length > 1
              ? windows.find(
                  (w) =>
                    w.start % DAY === 0 && w.end % DAY === 0 && w.end - w.start >= SETTLED_SPLIT_MIN_SECONDS,
                )
              : undefined;
          if (settled) expect(settled.end).toBeLessThanOrEqual(end + ahead - 3_600);
        },
      ),
    );
  });
});

describe("splitIntoWindows past 30 days, with a clock", () => {
  const now = 1_000 * DAY + 11 * 3_600 + 7; // 11:00:07 UTC
  const split = (days: number) =>
    splitIntoWindows({ start: 1_000 * DAY - days * DAY, end: now }, { now, settleSeconds: 3_600 });

  it("counts 30-day chunks back from the last settled midnight, so only the part since then is open", () => {
    expect(split(30)).toEqual([
      { start: 970 * DAY, end: 1_000 * DAY },
      { start: 1_000 * DAY, end: now },
    ]);
    expect(split(90)).toHaveLength(4);
    // The 30-day, 90-day and 13-month views ending now share their latest settled 30 days.
    expect(split(90).at(-2)).toEqual(split(30)[0]);
    expect(split(396).at(-2)).toEqual(split(30)[0]);
    expect(split(396).length).toBeLessThanOrEqual(15);
  });

  it("covers exactly, never overlaps, keeps windows within 30 days and cuts on day boundaries", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000_000 }),
        fc.integer({ min: MAX_RANGE_SECONDS + 1, max: MAX_VIEW_RANGE_SECONDS }),
        fc.integer({ min: -60, max: 40 * DAY }),
        (start, length, ahead) => {
          const end = start + length;
          const windows = splitIntoWindows({ start, end }, { now: end + ahead, settleSeconds: 3_600 });
          expect(windows[0]?.start).toBe(start);
          expect(windows.at(-1)?.end).toBe(end);
          if (length <= 90 * DAY) expect(windows.length).toBeLessThanOrEqual(4);
          for (const [i, w] of windows.entries()) {
            expect(w.end).toBeGreaterThan(w.start);
            expect(w.end - w.start).toBeLessThanOrEqual(MAX_RANGE_SECONDS);
            if (i > 0) {
              expect(windows[i - 1]?.end).toBe(w.start);
              expect(w.start % DAY).toBe(0);
            }
          }
        },
      ),
    );
  });
});
