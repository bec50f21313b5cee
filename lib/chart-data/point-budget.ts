import { MIN_DOWNSAMPLE_POINTS } from "./downsample-gauge";

/** A line gains nothing from more than ~2 points per pixel (one low, one high), and costs SVG nodes. */
export const POINTS_PER_PIXEL = 2;
/** Below ~3 px a bar plus its gap cannot be seen or hovered, so bars get a coarser budget than lines. */
export const MIN_BAR_PIXELS = 3;

/** How many points a line chart `widthPx` wide can usefully draw. */
export function pointBudget(widthPx: number): number {
  const width = Number.isFinite(widthPx) ? widthPx : 0;
  return Math.max(MIN_DOWNSAMPLE_POINTS, Math.floor(width * POINTS_PER_PIXEL));
}

/** How many bars a bar chart `widthPx` wide can usefully draw. */
export function barBudget(widthPx: number): number {
  const width = Number.isFinite(widthPx) ? widthPx : 0;
  return Math.max(1, Math.floor(width / MIN_BAR_PIXELS));
}

/** The widest a chart gets: the page is at most 72 rem (max-w-6xl) wide, less its padding. */
export const MAX_CHART_WIDTH_PX = 1_200;
/** Points per series the dashboard asks the proxy for: enough for the widest chart at 2 per pixel. */
export const REQUEST_POINT_BUDGET = pointBudget(MAX_CHART_WIDTH_PX);

/**
 * The `points` to ask the proxy for, or undefined when the range at this interval cannot exceed the
 * budget (then the request is S2's own, and shares its cache entry with every other such request).
 */
export function requestPointBudget(range: { start: number; end: number }, intervalSeconds: number) {
  const buckets = Math.ceil((range.end - range.start) / intervalSeconds) + 1;
  return buckets > REQUEST_POINT_BUDGET ? REQUEST_POINT_BUDGET : undefined;
}
