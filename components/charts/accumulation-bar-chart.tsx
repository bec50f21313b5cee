"use client";

import { useCallback, useId, useMemo } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { ApiAccumulationMetric } from "@/lib/api/contract";
import { shapeBarChart } from "@/lib/chart-data/bar-chart";
import { barWidthPhrase, describeBarChart } from "@/lib/chart-data/chart-summary";
import { describeSeries } from "@/lib/chart-data/merge-series";
import { maxTimeTicks, niceTimeTicks } from "@/lib/chart-data/time-ticks";
import { formatAxisValue } from "@/lib/chart-data/value-axis";
import { dayBucketsAreUtc, formatAxisTick } from "@/lib/format/time-labels";
import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import type { ValuesChoice } from "@/lib/time-range/options";
import { makeBucketBarShape } from "./bucket-bar-shape";
import { BucketTooltip } from "./bucket-tooltip";
import { ChartFrame } from "./chart-frame";
import { ChartLegend } from "./chart-legend";
import { CHART_HEIGHT, CHART_MARGIN, NO_VERTICAL_LINES, UNTHROTTLED, yAxisWidth } from "./chart-size";
import { HatchPatterns } from "./hatch-patterns";
import { useDragZoom } from "./use-drag-zoom";
import { shapeWidth, useElementWidth } from "./use-element-width";
import { useIsolation } from "./use-isolation";

export interface AccumulationBarChartProps {
  /** The chart's name, for its screen-reader summary ("Append operations per minute, 2 series, ..."). */
  readonly title: string;
  readonly accumulations: readonly ApiAccumulationMetric[];
  /** The requested range: the axis holds every bucket of it, with or without data. */
  readonly range: EpochRange;
  /** The interval requested, used for the axis when no series came back. */
  readonly interval: Interval;
  /** Current epoch seconds, to mark the bucket still filling. */
  readonly now: number;
  /** IANA zone for ticks and tooltips (undefined = the browser's). */
  readonly zone: string | undefined;
  readonly height?: number;
  /** Bars as per-second rates or bucket totals (default totals; the views pass the URL's choice). */
  readonly values?: ValuesChoice;
  /** The previous period's series shifted onto this range: its stack is drawn as a dashed line. */
  readonly previous?: readonly ApiAccumulationMetric[];
  /** Drag across the chart, or click a bar, to zoom to that span (epoch seconds, unsnapped). */
  readonly onZoom?: (from: number, to: number) => void;
}

/**
 * Counter totals as stacked bars, one bar per bucket of the range. Stacked rather than grouped: the
 * series of an ops set are parts of one whole (operations by type or storage class), so the stack
 * height is the set's total, the parts stay comparable at the base, and a bucket stays one bar wide
 * however many series there are, which is what lets a 30-day minute axis fit the width budget.
 * A bucket S2 left out draws no element at all; a recorded zero draws a hairline.
 */
export function AccumulationBarChart({
  title,
  accumulations,
  range,
  interval,
  now,
  zone,
  height = CHART_HEIGHT,
  values = "total",
  previous,
  onZoom,
}: AccumulationBarChartProps) {
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const [isolated, setIsolated] = useIsolation();
  const { start, end } = range;
  const budgetWidth = shapeWidth(width);
  const chart = useMemo(
    () =>
      shapeBarChart(
        accumulations,
        { start, end, now, interval, values, previous, only: isolated },
        budgetWidth,
      ),
    [accumulations, start, end, now, interval, values, previous, isolated, budgetWidth],
  );
  // The legend lists every series, drawn or not, so an isolated one can be released.
  const legendItems = useMemo(() => describeSeries(accumulations.map((a) => a.name)), [accumulations]);

  const total = useMemo(() => {
    let sum: number | null = null;
    for (const row of chart.totals) {
      for (const s of chart.series) {
        const value = row[s.key] ?? null;
        if (value !== null) sum = (sum ?? 0) + value;
      }
    }
    return sum;
  }, [chart]);
  const summary = describeBarChart({
    title,
    barSeconds: chart.barSeconds,
    seriesCount: chart.series.length,
    unit: chart.unit,
    total,
  });

  const { valueAxis, rows, barSeconds } = chart;
  const yLabels = useMemo(() => valueAxis.ticks.map((t) => formatAxisValue(t, valueAxis)), [valueAxis]);
  const yWidth = yAxisWidth(yLabels);
  // The time axis pretends the first and last bars are full width, so that every interior bar's
  // left edge sits exactly at its start instant and ticks line up with bar boundaries.
  const first = rows[0];
  const last = rows[rows.length - 1];
  const timeDomain = useMemo<[number, number]>(
    () => (first && last ? [first.to - barSeconds, last.from + barSeconds] : [start, end]),
    [first, last, barSeconds, start, end],
  );
  // Labels follow the range asked for, not the padded domain: a 24 h view reads in clock times.
  const span = end - start;
  const plotWidth = (width ?? 0) - yWidth - CHART_MARGIN.right;
  // Day bars are UTC days: where the view's midnight is elsewhere, the axis ticks and reads in UTC (and
  // says so), so each date sits under its own bar instead of at a local midnight inside it.
  const utcDays = barSeconds % 86_400 === 0 && dayBucketsAreUtc(start, zone);
  const axisZone = utcDays ? "UTC" : zone;
  const xTicks = useMemo(
    () => niceTimeTicks(timeDomain[0], timeDomain[1], axisZone, maxTimeTicks(plotWidth, span)),
    [timeDomain, axisZone, plotWidth, span],
  );
  const formatX = useCallback((t: number) => formatAxisTick(t, axisZone, span), [axisZone, span]);
  const formatY = useCallback((v: number) => formatAxisValue(v, valueAxis), [valueAxis]);

  const hatchBase = `bar-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const shapes = useMemo(
    () =>
      chart.series.map((s) =>
        makeBucketBarShape(s, `${hatchBase}-${s.key}`, chart.values === "rate" ? chart.totals : undefined),
      ),
    [chart.series, chart.values, chart.totals, hatchBase],
  );

  const zoomToBar = useCallback(
    (t: number) => {
      const bar = rows.find((row) => row.from <= t && t < row.to);
      if (bar !== undefined) onZoom?.(bar.from, bar.to);
    },
    [rows, onZoom],
  );
  const zoom = useDragZoom({
    plotLeft: CHART_MARGIN.left + yWidth,
    plotRight: (width ?? 0) - CHART_MARGIN.right,
    domain: timeDomain,
    onZoom,
    onClickAt: zoomToBar,
  });
  const hasPrevious = previous !== undefined;

  return (
    <div>
      <ChartFrame
        label={summary}
        height={height}
        measureRef={measureRef}
        zoom={zoom}
        plotTop={CHART_MARGIN.top}
        plotBottom={height - 24}
      >
        {width === null ? null : (
          <ComposedChart
            throttledEvents={UNTHROTTLED}
            width={width}
            height={height}
            data={rows as unknown as Record<string, number | boolean | null>[]}
            margin={CHART_MARGIN}
            barCategoryGap={rows.length > 120 ? "8%" : "18%"}
            maxBarSize={56}
            accessibilityLayer={false}
          >
            <HatchPatterns idBase={hatchBase} series={chart.series} />
            <CartesianGrid
              vertical={false}
              verticalCoordinatesGenerator={NO_VERTICAL_LINES}
              stroke="var(--chart-grid)"
              xAxisId="bars"
            />
            <XAxis
              xAxisId="time"
              // Without a dataKey a bar chart's x axis is treated as categorical and ignores the domain.
              dataKey="from"
              type="number"
              domain={timeDomain}
              allowDataOverflow
              ticks={xTicks}
              // Our ticks are already spaced for the width: interval 0 draws them as given, where
              // recharts' default would measure every label in the DOM to thin them out again.
              interval={0}
              tickFormatter={formatX}
              tickLine={false}
              axisLine={{ stroke: "var(--chart-grid)" }}
              tickMargin={6}
              height={24}
            />
            {/* Positions the bars, one band per bucket; declared after the time axis and with no height
                so that the time axis, not this one, sits right under the plot. */}
            <XAxis xAxisId="bars" dataKey="from" type="category" hide height={0} />
            <YAxis
              type="number"
              domain={[0, valueAxis.domainMax]}
              ticks={valueAxis.ticks as number[]}
              interval={0}
              tickFormatter={formatY}
              width={yWidth}
              tickLine={false}
              axisLine={false}
              allowDataOverflow
            />
            <Tooltip
              axisId="bars"
              filterNull={false}
              isAnimationActive={false}
              cursor={{ fill: "var(--chart-cursor)" }}
              content={
                <BucketTooltip
                  rows={rows}
                  totals={chart.totals}
                  values={chart.values}
                  series={chart.series}
                  unit={chart.unit}
                  zone={zone}
                  withDate={span > 86_400}
                />
              }
            />
            {chart.series.map((s, i) => (
              <Bar
                key={s.key}
                xAxisId="bars"
                dataKey={s.key}
                name={s.name}
                stackId="total"
                fill={s.color}
                shape={shapes[i]}
                isAnimationActive={false}
              />
            ))}
            {hasPrevious ? (
              <Line
                xAxisId="bars"
                dataKey="previous"
                name="Previous period"
                className="compare-previous"
                type="step"
                stroke="var(--fg-muted)"
                strokeWidth={1.5}
                strokeDasharray="5 4"
                dot={false}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ) : null}
          </ComposedChart>
        )}
      </ChartFrame>
      <ChartLegend
        items={legendItems}
        swatch="block"
        aside={`Bars ${barWidthPhrase(barSeconds, utcDays)}${chart.values === "rate" ? ", per second" : ""}`}
        isolated={isolated}
        onIsolate={setIsolated}
        previous={hasPrevious}
      />
    </div>
  );
}
