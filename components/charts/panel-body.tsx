"use client";

import { type ReactNode, useMemo } from "react";
import { barWidthPhrase } from "@/lib/chart-data/chart-summary";
import { shiftMetrics } from "@/lib/chart-data/compare-period";
import { describeSeries } from "@/lib/chart-data/merge-series";
import { type MetricsByType, splitMetricsByType } from "@/lib/chart-data/split-metrics";
import { dayBucketsAreUtc } from "@/lib/format/time-labels";
import { INTERVAL_SECONDS, type Interval, type MetricSetResponse } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import type { ValuesChoice } from "@/lib/time-range/options";
import { MetricStatCards } from "../stats/metric-stat-cards";
import { ChartLegend } from "./chart-legend";
import { LEGEND_HEIGHT } from "./chart-size";
import { LabelChips } from "./label-chips";
import { ChartPlaceholder, LazyAccumulationBarChart, LazyGaugeLineChart } from "./lazy-charts";
import { useNearViewport } from "./use-near-viewport";
import { useStaggeredValue } from "./use-staggered-value";

export interface PanelBodyProps {
  readonly title: string;
  readonly metrics: MetricsByType;
  readonly range: EpochRange;
  readonly now: number;
  readonly zone: string | undefined;
  /** The interval this set was requested at. */
  readonly interval: Interval;
  readonly chartHeight: number;
  readonly labelHref?: (value: string) => string;
  readonly labelNoun?: { readonly one: string; readonly many: string };
  readonly options?: PanelChartOptions;
  /** The charts' table (components/export), shown in their place when the panel is switched to it. */
  readonly table?: ReactNode;
}

/** What the views add to a panel's charts (embeds draw without them). */
export interface PanelChartOptions {
  /** Accumulation bars as per-second rates or bucket totals; stat cards stay totals either way. */
  readonly values?: ValuesChoice;
  /**
   * Compare: the previous period's answer (undefined while it loads), its window, the offset that lays
   * it on this range (`previousPeriod`), and the length to name it by in stat cards.
   */
  readonly previous?: {
    readonly data: MetricSetResponse | undefined;
    readonly range: EpochRange;
    readonly offset: number;
    readonly seconds: number;
  } | null;
  /** Drag across a chart or click a bar to zoom the view (epoch seconds, unsnapped). */
  readonly onZoom?: (from: number, to: number) => void;
}

/** A loaded set, drawn by type: stat cards first (the figures people look for), then charts, then chips. */
export function PanelBody({
  title,
  metrics,
  range,
  now,
  zone,
  interval,
  chartHeight,
  labelHref,
  labelNoun,
  options = {},
  table,
}: PanelBodyProps) {
  const { values, previous, onZoom } = options;
  const previousData = previous?.data;
  // The previous period as it was (for stat cards) and laid on this range (for the dashed overlays).
  const before = useMemo(
    () => (previousData === undefined ? null : splitMetricsByType(previousData.values)),
    [previousData],
  );
  const offset = previous?.offset;
  const shifted = useMemo(
    () => (before === null || offset === undefined ? null : shiftMetrics(before, offset)),
    [before, offset],
  );
  const previousRange = previous?.range;
  const previousSeconds = previous?.seconds;
  const cardsBefore = useMemo(
    () =>
      before === null || previousRange === undefined || previousSeconds === undefined
        ? null
        : { metrics: before, range: previousRange, seconds: previousSeconds },
    [before, previousRange, previousSeconds],
  );
  const hasCards = metrics.gauges.length + metrics.accumulations.length + metrics.scalars.length > 0;
  // The room a chart takes, held while its code loads, so nothing below it moves when it arrives.
  const chartRoom = { minHeight: chartHeight + LEGEND_HEIGHT };
  const { gauges, accumulations } = metrics;
  const chartInput = useMemo(
    () => ({
      gauges,
      accumulations,
      range,
      now,
      zone,
      interval,
      values,
      previousGauges: shifted?.gauges,
      previousAccumulations: shifted?.accumulations,
    }),
    [gauges, accumulations, range, now, zone, interval, values, shifted],
  );
  // The legends a placeholder shows before its chart is drawn, so that nothing moves when it is.
  const comparing = previous != null;
  const gaugeLegend = useMemo(
    () => (
      <ChartLegend items={describeSeries(gauges.map((g) => g.name))} swatch="line" previous={comparing} />
    ),
    [gauges, comparing],
  );
  const barLegend = useMemo(
    () => (
      <ChartLegend
        items={describeSeries(accumulations.map((a) => a.name))}
        swatch="block"
        aside={`Bars ${barWidthPhrase(INTERVAL_SECONDS[interval], dayBucketsAreUtc(range.start, zone))}${values === "rate" ? ", per second" : ""}`}
        previous={comparing}
      />
    ),
    [accumulations, interval, range.start, zone, values, comparing],
  );
  // Charts are drawn one panel at a time (see useStaggeredValue): six panels answering together would
  // otherwise be one long task; and only once they are about to scroll into view (useNearViewport).
  // Until its first turn a placeholder holds the chart's room; afterwards a refresh keeps the previous
  // chart on screen until the new one is drawn.
  const [chartsRef, chartsNear] = useNearViewport<HTMLDivElement>();
  const charts = useStaggeredValue(chartInput, chartsNear);
  return (
    <div className="space-y-4">
      {hasCards ? (
        <MetricStatCards metrics={metrics} range={range} now={now} zone={zone} previous={cardsBefore} />
      ) : null}
      {table}
      {/* Hidden, not unmounted, under the table: switching back redraws nothing. */}
      <div ref={chartsRef} className="space-y-4 empty:hidden" hidden={table !== undefined}>
        {gauges.length > 0 ? (
          <div className="flex flex-col" style={chartRoom}>
            {charts === null || charts.gauges.length === 0 ? (
              <ChartPlaceholder legend={gaugeLegend} height={chartHeight} />
            ) : (
              <LazyGaugeLineChart
                title={title}
                gauges={charts.gauges}
                range={charts.range}
                now={charts.now}
                zone={charts.zone}
                height={chartHeight}
                previous={charts.previousGauges}
                onZoom={onZoom}
              />
            )}
          </div>
        ) : null}
        {accumulations.length > 0 ? (
          <div className="flex flex-col" style={chartRoom}>
            {charts === null || charts.accumulations.length === 0 ? (
              <ChartPlaceholder legend={barLegend} height={chartHeight} />
            ) : (
              <LazyAccumulationBarChart
                title={title}
                accumulations={charts.accumulations}
                range={charts.range}
                interval={charts.interval}
                now={charts.now}
                zone={charts.zone}
                height={chartHeight}
                values={charts.values}
                previous={charts.previousAccumulations}
                onZoom={onZoom}
              />
            )}
          </div>
        ) : null}
      </div>
      {metrics.labels.map((label) => (
        <LabelChips key={label.name} metric={label} hrefFor={labelHref} countNoun={labelNoun} />
      ))}
    </div>
  );
}
