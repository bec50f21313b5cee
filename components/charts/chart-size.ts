/** Plot height of every metric chart, px. Skeletons reserve exactly this, so loading never shifts layout. */
export const CHART_HEIGHT = 240;
/** Height of the legend row under a chart (one line; long legends wrap below it). */
export const LEGEND_HEIGHT = 28;
/**
 * Room the y axis labels need beside the plot, px, from the longest label. Generous per character: recharts
 * wraps a tick label that does not fit at its spaces, and "400 MiB" drew on two lines at 7 px a character.
 */
export function yAxisWidth(labels: readonly string[]): number {
  const longest = labels.reduce((max, label) => Math.max(max, label.length), 1);
  return Math.ceil(longest * 7.5) + 20;
}
export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 } as const;

/**
 * For `CartesianGrid verticalCoordinatesGenerator`: the grid draws no vertical lines, but recharts still
 * computes where they would go, measuring every x tick label in the DOM one forced layout at a time
 * (hundreds of ms for a 30-day minute axis). Saying there are none skips that.
 */
export const NO_VERTICAL_LINES = (): number[] => [];

/**
 * For a chart's `throttledEvents`: recharts defers pointer moves to its own requestAnimationFrame, but
 * the browser already delivers them once per frame, so the deferral only adds a frame between moving
 * the pointer and seeing the tooltip. Handled at once, the hover lands in the frame it arrived in.
 */
export const UNTHROTTLED: readonly (keyof GlobalEventHandlersEventMap)[] = [];
