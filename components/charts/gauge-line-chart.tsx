"use client";

import { useCallback, useId, useMemo } from "react";
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { ApiGaugeMetric } from "@/lib/api/contract";
import { describeGaugeChart } from "@/lib/chart-data/chart-summary";
import { shapeGaugeChart } from "@/lib/chart-data/gauge-chart";
import { describeSeries } from "@/lib/chart-data/merge-series";
import { exactGaugeStats } from "@/lib/chart-data/stat-cards";
import { maxTimeTicks, niceTimeTicks } from "@/lib/chart-data/time-ticks";
import { formatAxisValue } from "@/lib/chart-data/value-axis";
import { formatAxisTick } from "@/lib/format/time-labels";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { ChartFrame } from "./chart-frame";
import { ChartLegend } from "./chart-legend";
import { CHART_HEIGHT, CHART_MARGIN, NO_VERTICAL_LINES, UNTHROTTLED, yAxisWidth } from "./chart-size";
import { GaugeTooltip } from "./gauge-tooltip";
import { useDragZoom } from "./use-drag-zoom";
import { shapeWidth, useElementWidth } from "./use-element-width";
import { useIsolation } from "./use-isolation";

export interface GaugeLineChartProps {
  /** The chart's name, for its screen-reader summary ("Storage, 1 series, latest 12.4 GiB, ..."). */
  readonly title: string;
  readonly gauges: readonly ApiGaugeMetric[];
  /** The requested range: the x axis spans all of it, so a series that stops early visibly stops. */
  readonly range: EpochRange;
  /** Current epoch seconds: readings are not carried past it in the summary. */
  readonly now: number;
  /** IANA zone for ticks and tooltips (undefined = the browser's). */
  readonly zone: string | undefined;
  readonly height?: number;
  /** The previous period's gauges shifted onto this range: drawn as dashed lines (compare). */
  readonly previous?: readonly ApiGaugeMetric[];
  /** Drag across the chart to zoom to that span (epoch seconds, unsnapped). */
  readonly onZoom?: (from: number, to: number) => void;
}

/**
 * Gauge readings as stepped lines: a level holds until the next reading, and each line ends at its
 * last reading rather than inventing one beyond it. Series are downsampled to what the measured width
 * can show, so 30 days of minute readings draw ~2 points per pixel and hover stays smooth; shaping is
 * memoised on data and width only, so hovering never re-shapes.
 */
export function GaugeLineChart({
  title,
  gauges,
  range,
  now,
  zone,
  height = CHART_HEIGHT,
  previous,
  onZoom,
}: GaugeLineChartProps) {
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const [isolated, setIsolated] = useIsolation();
  const { start, end } = range;
  const budgetWidth = shapeWidth(width);
  const chart = useMemo(
    () => shapeGaugeChart(gauges, { start, end }, budgetWidth, { previous, only: isolated }),
    [gauges, start, end, budgetWidth, previous, isolated],
  );
  const legendItems = useMemo(() => describeSeries(gauges.map((g) => g.name)), [gauges]);
  const tooltipSeries = useMemo(
    () => [
      ...chart.series,
      ...chart.previousSeries.map((s) => ({ ...s, name: `${s.name}, previous period` })),
    ],
    [chart],
  );

  const summary = useMemo(() => {
    const series = gauges.map((g) => {
      const stats = exactGaugeStats(g, { start, end }, now);
      return { name: g.name, latest: stats.latest?.value ?? null, peak: stats.peak?.value ?? null };
    });
    return describeGaugeChart({ title, unit: chart.unit, series });
  }, [gauges, start, end, now, title, chart.unit]);

  const { valueAxis, domain } = chart;
  const yLabels = useMemo(() => valueAxis.ticks.map((t) => formatAxisValue(t, valueAxis)), [valueAxis]);
  const yWidth = yAxisWidth(yLabels);
  // Labels follow the range asked for, not the padded domain: a 24 h view reads in clock times.
  const span = end - start;
  const plotWidth = (width ?? 0) - yWidth - CHART_MARGIN.right;
  const xTicks = useMemo(
    () => niceTimeTicks(domain[0], domain[1], zone, maxTimeTicks(plotWidth, span)),
    [domain, zone, plotWidth, span],
  );
  const formatX = useCallback((t: number) => formatAxisTick(t, zone, span), [zone, span]);
  const formatY = useCallback((v: number) => formatAxisValue(v, valueAxis), [valueAxis]);

  const gradientBase = `gauge-fill-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const fillOpacity = chart.series.length > 1 ? 0.06 : 0.16;
  const zoom = useDragZoom({
    plotLeft: CHART_MARGIN.left + yWidth,
    plotRight: (width ?? 0) - CHART_MARGIN.right,
    domain,
    onZoom,
  });

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
            data={chart.rows as unknown as Record<string, number | null>[]}
            margin={CHART_MARGIN}
            accessibilityLayer={false}
          >
            <defs>
              {chart.series.map((s) => (
                <linearGradient key={s.key} id={`${gradientBase}-${s.key}`} x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0%" stopColor={s.color} stopOpacity={fillOpacity} />
                  <stop offset="100%" stopColor={s.color} stopOpacity={0} />
                </linearGradient>
              ))}
            </defs>
            <CartesianGrid
              vertical={false}
              verticalCoordinatesGenerator={NO_VERTICAL_LINES}
              stroke="var(--chart-grid)"
            />
            <XAxis
              dataKey="t"
              type="number"
              domain={domain as [number, number]}
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
              isAnimationActive={false}
              cursor={{ stroke: "var(--chart-cursor-line)", strokeWidth: 1 }}
              content={
                <GaugeTooltip series={tooltipSeries} unit={chart.unit} zone={zone} withDate={span > 86_400} />
              }
            />
            {chart.series.map((s) => (
              <Area
                key={s.key}
                dataKey={s.key}
                name={s.name}
                type="stepAfter"
                stroke={s.color}
                strokeWidth={1.5}
                fill={`url(#${gradientBase}-${s.key})`}
                dot={false}
                activeDot={{ r: 3, strokeWidth: 0, fill: s.color }}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
            {chart.previousSeries.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={`${s.name} (previous period)`}
                className="compare-previous"
                type="stepAfter"
                stroke={s.color}
                strokeOpacity={0.75}
                strokeWidth={1.5}
                strokeDasharray="5 4"
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </ComposedChart>
        )}
      </ChartFrame>
      <ChartLegend
        items={legendItems}
        swatch="line"
        isolated={isolated}
        onIsolate={setIsolated}
        previous={previous !== undefined}
      />
    </div>
  );
}
