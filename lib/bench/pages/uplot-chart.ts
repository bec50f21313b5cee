import uPlot from "uplot";
import { benchAxes } from "./bench-axes";
import {
  alignedColumns,
  BENCH_HEIGHT,
  BENCH_WIDTH,
  type BenchMetrics,
  maxShown,
  stackColumns,
} from "./bench-data";

/** Canvas cannot read CSS variables: the palette is resolved once, outside the timed draw. */
export function chartPalette(): string[] {
  const style = getComputedStyle(document.documentElement);
  return [1, 2, 3, 4].map((i) => style.getPropertyValue(`--chart-${i}`).trim() || "#0072b2");
}

/**
 * The practical floor: the same metrics drawn by uPlot (canvas, every point, no budget), with the same
 * ticks and size as the other sides. Converting the metrics into uPlot's aligned columns (and stacking
 * the bars) is part of the draw, as the dashboard's shaping is part of its own.
 */
export function drawUPlot(metrics: BenchMetrics, target: HTMLElement, palette: readonly string[]): uPlot {
  const stackedBars = metrics.job.kind === "bars";
  const { xs, ys } = alignedColumns(metrics);
  const axes = benchAxes(
    metrics.range,
    maxShown(ys, stackedBars),
    stackedBars ? "operations" : "bytes",
    BENCH_WIDTH,
  );
  // Stacked bars: each series is drawn at its running sum, the tallest first so the lower ones cover it.
  const columns = stackedBars ? stackColumns(ys).reverse() : ys;
  const paths = stackedBars
    ? uPlot.paths.bars?.({ size: [1, Number.POSITIVE_INFINITY], gap: 0 })
    : uPlot.paths.stepped?.({ align: 1 });
  const series: uPlot.Series[] = [
    {},
    ...columns.map((_, i) => {
      const color = palette[(stackedBars ? columns.length - 1 - i : i) % palette.length] ?? "#0072b2";
      // Bars are filled only (stroking 43,200 rectangles costs seconds and adds nothing), and span gaps: a
      // missing bucket draws no bar anyway, and clipping around thousands of gaps costs seconds more.
      return stackedBars
        ? { stroke: color, width: 0, fill: color, spanGaps: true, paths }
        : { stroke: color, width: 1.5, paths };
    }),
  ];
  const opts: uPlot.Options = {
    width: BENCH_WIDTH,
    height: BENCH_HEIGHT,
    legend: { show: false },
    scales: {
      x: { time: false, range: [metrics.range.start, metrics.range.end] },
      y: { range: [0, axes.valueAxis.domainMax] },
    },
    axes: [
      { splits: () => axes.xTicks, values: (_, splits) => splits.map(axes.formatX), grid: { show: false } },
      {
        splits: () => [...axes.valueAxis.ticks],
        values: (_, splits) => splits.map(axes.formatY),
        size: axes.yWidth,
      },
    ],
    series,
  };
  return new uPlot(opts, [xs, ...columns] as uPlot.AlignedData, target);
}
