import { useMemo } from "react";
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_MARGIN, NO_VERTICAL_LINES, UNTHROTTLED } from "@/components/charts/chart-size";
import { benchAxes } from "./bench-axes";
import {
  alignedColumns,
  BENCH_HEIGHT,
  BENCH_WIDTH,
  type BenchMetrics,
  maxShown,
  rechartsRows,
} from "./bench-data";

const COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)"];

/**
 * Plain recharts given every point: what a chart without a point budget costs. Configured as the
 * dashboard's charts are (numeric time axis, the same ticks with `interval={0}`, no vertical grid lines
 * to place, unthrottled pointer events, the same size and margins), so the only difference measured is
 * the point budget and the dashboard's shaping. Converting the metrics into rows is part of its draw.
 */
export function RawRechartsChart({ metrics }: { readonly metrics: BenchMetrics }) {
  const { job, range } = metrics;
  const { rows, axes } = useMemo(() => {
    const stacked = job.kind === "bars";
    const unit = stacked ? "operations" : "bytes";
    return {
      rows: rechartsRows(metrics),
      axes: benchAxes(range, maxShown(alignedColumns(metrics).ys, stacked), unit, BENCH_WIDTH),
    };
  }, [metrics, job.kind, range]);
  const keys = Array.from({ length: job.series }, (_, s) => `s${s}`);
  const grid = <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} />;
  const xAxis = (
    <XAxis
      dataKey="t"
      type="number"
      domain={[range.start, range.end]}
      allowDataOverflow
      ticks={axes.xTicks}
      interval={0}
      tickFormatter={axes.formatX}
      tickLine={false}
      height={24}
    />
  );
  const yAxis = (
    <YAxis
      type="number"
      domain={[0, axes.valueAxis.domainMax]}
      ticks={axes.valueAxis.ticks as number[]}
      interval={0}
      tickFormatter={axes.formatY}
      width={axes.yWidth}
      tickLine={false}
      axisLine={false}
      allowDataOverflow
    />
  );
  const common = {
    width: BENCH_WIDTH,
    height: BENCH_HEIGHT,
    data: rows,
    margin: CHART_MARGIN,
    throttledEvents: UNTHROTTLED,
    accessibilityLayer: false,
  };
  if (job.kind === "gauge") {
    return (
      <AreaChart {...common}>
        {grid}
        {xAxis}
        {yAxis}
        <Tooltip isAnimationActive={false} />
        {keys.map((key, i) => (
          <Area
            key={key}
            dataKey={key}
            type="stepAfter"
            stroke={COLORS[i % COLORS.length]}
            fill="none"
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </AreaChart>
    );
  }
  return (
    <BarChart {...common}>
      {grid}
      {xAxis}
      {yAxis}
      <Tooltip isAnimationActive={false} />
      {keys.map((key, i) => (
        <Bar
          key={key}
          dataKey={key}
          stackId="total"
          fill={COLORS[i % COLORS.length]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
