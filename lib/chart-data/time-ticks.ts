import { zoneOffsetSeconds } from "@/lib/format/time-zone";

export { zoneOffsetSeconds };

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;

/**
 * Tick spacings a reader recognises: each divides the next larger unit (an hour, a day, a week), so
 * ticks land on 14:00, 14:15 or 00:00 rather than on 14:07.
 */
export const TIME_TICK_STEPS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
] as const;

/** 1970-01-05 was a Monday: weekly ticks start weeks on Mondays, as calendars in most locales do. */
const MONDAY_ANCHOR = 4 * DAY;

/** The smallest nice step that keeps a span of `spanSeconds` to at most `maxTicks` ticks. */
export function chooseTimeStep(spanSeconds: number, maxTicks: number): number {
  const budget = Math.max(1, Math.floor(maxTicks));
  for (const step of TIME_TICK_STEPS) if (Math.floor(spanSeconds / step) + 1 <= budget) return step;
  return TIME_TICK_STEPS[TIME_TICK_STEPS.length - 1] as number;
}

/**
 * Tick instants in `[start, end]` at a nice step, aligned to the wall clock of `zone` (local midnight,
 * local full hours), so a chart viewed in Kolkata ticks at 00:00 Kolkata time and not at 05:30.
 * Wall-clock times that do not exist (skipped by a daylight-saving change) are left out.
 */
export function niceTimeTicks(
  start: number,
  end: number,
  zone: string | undefined,
  maxTicks: number,
): number[] {
  if (!(end > start) || !Number.isFinite(start) || !Number.isFinite(end)) return [];
  const step = chooseTimeStep(end - start, maxTicks);
  const anchor = step % (7 * DAY) === 0 ? MONDAY_ANCHOR : 0;
  const wallStart = start + zoneOffsetSeconds(start, zone);
  let wall = Math.ceil((wallStart - anchor) / step) * step + anchor;
  const ticks: number[] = [];
  // The loop is bounded by the span; the extra allowance covers a daylight-saving hour at either end.
  for (let guard = 0; guard < maxTicks + 4; guard++, wall += step) {
    const guess = wall - zoneOffsetSeconds(wall, zone);
    const t = wall - zoneOffsetSeconds(guess, zone);
    if (t > end) break;
    if (t < start || t + zoneOffsetSeconds(t, zone) !== wall) continue;
    if (ticks[ticks.length - 1] !== t) ticks.push(t);
  }
  return ticks;
}

/**
 * Minimum pixels per tick label: "14:00" and "3 Mar" need less room than "3 Mar 14:00", which is how
 * a multi-day axis labels ticks that are not at midnight.
 */
export const TICK_SPACING_PX = { short: 52, long: 100 } as const;

/** How many time ticks a plot `plotWidthPx` wide can label without overlap. */
export function maxTimeTicks(plotWidthPx: number, spanSeconds: number): number {
  const width = Math.max(0, plotWidthPx);
  const short = Math.max(2, Math.floor(width / TICK_SPACING_PX.short));
  // Multi-day axes label midnights with a bare date, as short as a clock time; finer steps need both.
  if (spanSeconds <= DAY || chooseTimeStep(spanSeconds, short) >= DAY) return short;
  return Math.max(2, Math.floor(width / TICK_SPACING_PX.long));
}
