"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { LEGEND_HEIGHT } from "./chart-size";

/**
 * The chart components, loaded on demand: recharts is most of a view's JavaScript, and nothing draws
 * before a set's data has arrived anyway, so the page shell (header, pickers, panel skeletons) paints
 * and hydrates without it. `preloadCharts` starts the download as soon as a panel mounts, so the code
 * loads while the data does instead of after it.
 */

const importGauge = () => import("./gauge-line-chart");
const importBars = () => import("./accumulation-bar-chart");

export function preloadCharts(): void {
  void importGauge();
  void importBars();
}

/**
 * Stands where a chart will be, at the height its wrapper reserves, until its code or data is drawn.
 * With `legend`, the chart's own legend is shown under it already: a legend of many series wraps onto
 * more lines than the reserved height, and would push everything below down when the chart arrived;
 * `height` is then the plot's own (the chart's SVG), so the legend adds to it as it will under the chart.
 */
export function ChartPlaceholder({ legend, height }: { legend?: ReactNode; height?: number } = {}) {
  return (
    <div className="flex flex-1 flex-col">
      <div
        aria-hidden="true"
        className="skeleton-pulse flex-1 rounded-md bg-skeleton/60"
        style={height === undefined ? undefined : { height, flex: "none" }}
      />
      {legend ?? <div style={{ height: LEGEND_HEIGHT }} />}
    </div>
  );
}

export const LazyGaugeLineChart = dynamic(() => importGauge().then((m) => m.GaugeLineChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

export const LazyAccumulationBarChart = dynamic(() => importBars().then((m) => m.AccumulationBarChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});
