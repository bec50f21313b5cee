import { MAX_RANGE_SECONDS } from "@/lib/s2/contract";
import { alignDown, type EpochRange } from "@/lib/time-range/epoch-range";

/**
 * Where a long range is cut into S2 calls. S2 answers at most 30 days per call (`MAX_RANGE_SECONDS`), so a
 * longer range is cut on a fixed grid of 30-day blocks counted from the Unix epoch, not from the range's
 * start: a view that slides forward keeps cutting at the same instants, so every window but the first
 * and the last is the same request as last time and comes from the cache of closed windows. 30 days is a
 * whole number of days, hours and minutes, so a bucket of any interval never straddles a cut, and windows
 * are half-open like S2's ranges (`end` exclusive), so they never share a bucket.
 */
export const WINDOW_GRID_SECONDS = MAX_RANGE_SECONDS;

/**
 * The windows to ask S2 for, in time order: the range itself when S2 takes it in one call, else its
 * pieces between consecutive grid instants. They cover `[start, end)` exactly, never overlap, and none is
 * longer than S2's limit; a 90-day range takes at most 4 calls.
 */
export function splitIntoWindows(range: EpochRange, maxSeconds: number = MAX_RANGE_SECONDS): EpochRange[] {
  const { start, end } = range;
  if (end - start <= maxSeconds) return [{ start, end }];
  // The grid must not be longer than a call may be; S2's own 30 days is both.
  const grid = Math.min(WINDOW_GRID_SECONDS, maxSeconds);
  const windows: EpochRange[] = [];
  let from = start;
  while (from < end) {
    const to = Math.min(end, alignDown(from, grid) + grid);
    windows.push({ start: from, end: to });
    from = to;
  }
  return windows;
}
