import { MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import { alignDown, type EpochRange } from "@/lib/time-range/epoch-range";

/**
 * Where a range is cut into S2 calls, so that as much of it as possible is a request already answered:
 * the S2 client keeps the answer of any window that closed over an hour ago (lib/upstream), keyed by its
 * exact URL, so a cut that moves with the view's sliding start or end is a cache miss every time.
 *
 * - Past S2's 30 days (`MAX_RANGE_SECONDS`), with a clock, a range is cut into 30-day chunks counted back
 *   from the end of its settled days, plus the open part after them (`cutBackFromSettled`). Without a
 *   clock it is cut on a fixed grid of 30-day blocks counted from the Unix epoch. Either way a 90-day range
 *   takes at most 4 calls.
 * - Within 30 days, a range that holds at least `SETTLED_SPLIT_MIN_SECONDS` of settled whole days (UTC
 *   days that ended over `settleSeconds` before `now`) is cut around them: the part before the first whole
 *   day, the settled days, and the rest up to `end`. The settled days stay the same request for the
 *   whole day, so a view refreshed or reloaded fetches only its two short ends; the first look costs 3
 *   calls instead of 1.
 *
 * 30 days and a day are whole numbers of days, hours and minutes, so a bucket of any interval never
 * straddles a cut, and windows are half-open like S2's ranges (`end` exclusive), so they never overlap.
 */
export const WINDOW_GRID_SECONDS = MAX_RANGE_SECONDS;
export const SETTLED_GRID_SECONDS = 86_400;
export const SETTLED_SPLIT_MIN_SECONDS = 2 * 86_400;

export interface SplitOptions {
  /** Longest window; S2's 30 days by default. */
  maxSeconds?: number;
  /** Epoch seconds. Without it, a range within `maxSeconds` is one window. */
  now?: number;
  /** How long after its end a window is final (the S2 client's CACHEABLE_AFTER_SECONDS). */
  settleSeconds?: number;
}

/** The windows to ask S2 for, in time order: they cover `[start, end)` exactly and never overlap. */
export function splitIntoWindows(range: EpochRange, options: SplitOptions = {}): EpochRange[] {
  const { start, end } = range;
  const maxSeconds = options.maxSeconds ?? MAX_RANGE_SECONDS;
  const chunk = Math.min(WINDOW_GRID_SECONDS, maxSeconds);
  const long = end - start > maxSeconds;
  if (options.now === undefined) return long ? cutOnGrid(range, chunk) : [{ start, end }];
  const settledEnd = Math.min(
    alignDown(options.now - (options.settleSeconds ?? 0), SETTLED_GRID_SECONDS),
    end,
  );
  // Day-aligned even when the range ended long ago, so no bucket of any interval straddles a cut.
  if (long) return cutBackFromSettled(range, alignDown(settledEnd, SETTLED_GRID_SECONDS), chunk);
  const settledStart = Math.ceil(start / SETTLED_GRID_SECONDS) * SETTLED_GRID_SECONDS;
  if (settledEnd - settledStart < SETTLED_SPLIT_MIN_SECONDS) return [{ start, end }];
  const windows: EpochRange[] = [];
  if (start < settledStart) windows.push({ start, end: settledStart });
  windows.push({ start: settledStart, end: settledEnd });
  if (settledEnd < end) windows.push({ start: settledEnd, end });
  return windows;
}

/**
 * Past 30 days, with a clock: whole 30-day chunks counted back from the end of the settled days, then the
 * open part after them. Every chunk is a closed window, and views ending now share them all day (the 30-day,
 * 90-day and 13-month views ask for the same latest 30 settled days), so a second look fetches only the
 * part since the last settled midnight. (Cut on the epoch grid instead, the last window would hold up to
 * 30 days of still-open data and be fetched whole on every look.) A 90-day range still takes at most 4.
 */
function cutBackFromSettled(range: EpochRange, settledEnd: number, chunk: number): EpochRange[] {
  if (settledEnd <= range.start) return cutOnGrid(range, chunk);
  const windows: EpochRange[] = [];
  for (let to = settledEnd; to > range.start; ) {
    const from = Math.max(range.start, to - chunk);
    windows.unshift({ start: from, end: to });
    to = from;
  }
  if (settledEnd < range.end) windows.push({ start: settledEnd, end: range.end });
  return windows;
}

function cutOnGrid(range: EpochRange, grid: number): EpochRange[] {
  const windows: EpochRange[] = [];
  let from = range.start;
  while (from < range.end) {
    const to = Math.min(range.end, alignDown(from, grid) + grid);
    windows.push({ start: from, end: to });
    from = to;
  }
  return windows;
}
