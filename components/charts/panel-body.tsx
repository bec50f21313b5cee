"use client";

import type { MetricsByType } from "@/lib/chart-data/split-metrics";
import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { MetricStatCards } from "../stats/metric-stat-cards";
import { AccumulationBarChart } from "./accumulation-bar-chart";
import { GaugeLineChart } from "./gauge-line-chart";
import { LabelChips } from "./label-chips";

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
}: PanelBodyProps) {
  const hasCards = metrics.gauges.length + metrics.accumulations.length + metrics.scalars.length > 0;
  return (
    <div className="space-y-4">
      {hasCards ? <MetricStatCards metrics={metrics} range={range} now={now} zone={zone} /> : null}
      {metrics.gauges.length > 0 ? (
        <GaugeLineChart
          title={title}
          gauges={metrics.gauges}
          range={range}
          now={now}
          zone={zone}
          height={chartHeight}
        />
      ) : null}
      {metrics.accumulations.length > 0 ? (
        <AccumulationBarChart
          title={title}
          accumulations={metrics.accumulations}
          range={range}
          interval={interval}
          now={now}
          zone={zone}
          height={chartHeight}
        />
      ) : null}
      {metrics.labels.map((label) => (
        <LabelChips key={label.name} metric={label} hrefFor={labelHref} countNoun={labelNoun} />
      ))}
    </div>
  );
}
