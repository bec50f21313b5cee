import { CHART_MARGIN, yAxisWidth } from "@/components/charts/chart-size";
import { maxTimeTicks, niceTimeTicks } from "@/lib/chart-data/time-ticks";
import { formatAxisValue, niceValueAxis, type ValueAxis } from "@/lib/chart-data/value-axis";
import { formatAxisTick } from "@/lib/format/time-labels";
import type { MetricUnit } from "@/lib/s2/contract";

/**
 * The axes every side of the chart bench draws, from the dashboard's own tick generators (time ticks
 * spaced for the plot width, a nice value axis in one unit): the comparison sides then differ from the
 * dashboard only in what they draw, never in how many labels they lay out.
 */
export interface BenchAxes {
  xTicks: number[];
  formatX: (t: number) => string;
  valueAxis: ValueAxis;
  formatY: (v: number) => string;
  yWidth: number;
}

export function benchAxes(
  range: { start: number; end: number },
  maxValue: number,
  unit: MetricUnit,
  width: number,
): BenchAxes {
  const zone = "UTC";
  const span = range.end - range.start;
  const valueAxis = niceValueAxis(maxValue, unit);
  const yWidth = yAxisWidth(valueAxis.ticks.map((t) => formatAxisValue(t, valueAxis)));
  const plotWidth = width - yWidth - CHART_MARGIN.right;
  return {
    xTicks: niceTimeTicks(range.start, range.end, zone, maxTimeTicks(plotWidth, span)),
    formatX: (t) => formatAxisTick(t, zone, span),
    valueAxis,
    formatY: (v) => formatAxisValue(v, valueAxis),
    yWidth,
  };
}
