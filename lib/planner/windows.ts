import { MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import { alignDown, type EpochRange } from "@/lib/time-range/epoch-range";

/**
 * Where a range is cut into S2 calls, so that as much of it as possible is a request already answered:
 * the S2 client keeps the answer of any window that closed over an hour ago (lib/upstream), keyed by its
 * exact URL, so a cut that moves with the view's sliding start or end is a cache miss every time.
 *
 * - Past S2's 30 days (`MAX_RANGE_SECONDS`) a range is cut on a fixed grid of 30-day blocks counted from
 *   the Unix epoch: every window but the first and the last is the same request as last time. A 90-day
 *   range takes at most 4 calls.
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
  if (end - start > maxSeconds) return cutOnGrid(range, Math.min(WINDOW_GRID_SECONDS, maxSeconds));
  if (options.now === undefined) return [{ start, end }];
  const settledEnd = Math.min(
    alignDown(options.now - (options.settleSeconds ?? 0), SETTLED_GRID_SECONDS),
    end,
  );
  const settledStart = Math.ceil(start / SETTLED_GRID_SECONDS) * SETTLED_GRID_SECONDS;
  if (settledEnd - settledStart < SETTLED_SPLIT_MIN_SECONDS) return [{ start, end }];
  const windows: EpochRange[] = [];
  if (start < settledStart) windows.push({ start, end: settledStart });
  windows.push({ start: settledStart, end: settledEnd });
  if (settledEnd < end) windows.push({ start: settledEnd, end });
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
