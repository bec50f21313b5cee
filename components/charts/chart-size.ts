/** Plot height of every metric chart, px. Skeletons reserve exactly this, so loading never shifts layout. */
export const CHART_HEIGHT = 240;
/** Height of the legend row under a chart (one line; long legends wrap below it). */
export const LEGEND_HEIGHT = 28;
/** Room the y axis labels need beside the plot, px, from the longest label. */
export function yAxisWidth(labels: readonly string[]): number {
  const longest = labels.reduce((max, label) => Math.max(max, label.length), 1);
  return Math.ceil(longest * 7) + 14;
}
export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 } as const;
