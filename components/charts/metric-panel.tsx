"use client";

import { type ReactNode, useId, useMemo } from "react";
import { usePanelExport } from "@/components/export/use-panel-export";
import { PricedSetProvider } from "@/components/pricing/priced-set-context";
import { hasAnyData } from "@/lib/chart-data/chart-summary";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import type { ErrorInfo, Interval, Level, MetricSet, MetricSetResponse } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { intervalForSet } from "@/lib/time-range/set-interval";
import { CHART_HEIGHT } from "./chart-size";
import { PanelBody, type PanelChartOptions } from "./panel-body";
import {
  bodyHeightStyle,
  PanelEmpty,
  PanelError,
  type PanelPlaceholder,
  PanelSkeleton,
  PanelStaleNotice,
} from "./panel-states";

export interface MetricPanelProps {
  readonly title: string;
  readonly description?: string;
  readonly level: Level;
  readonly set: MetricSet;
  /** The view's interval as `resolveRange` gave it; the panel adjusts it for sets that take only one. */
  readonly interval: Interval;
  /** Whether that interval came from "auto" (then an adjustment is expected and not remarked on). */
  readonly intervalWasAuto?: boolean;
  readonly range: EpochRange;
  /** Current epoch seconds (the `now` the range was resolved at): marks partial buckets. */
  readonly now: number;
  /** IANA zone for every time shown (see `useViewZone`). */
  readonly zone: string | undefined;
  readonly data?: MetricSetResponse;
  /** The `{code, message}` of a failed request; with `data` present it is shown as a stale-data notice. */
  readonly error?: ErrorInfo | null;
  readonly isLoading?: boolean;
  /** A background refresh is running (auto-refresh): a quiet "Updating" mark, never a skeleton. */
  readonly isRefreshing?: boolean;
  readonly onRetry?: () => void;
  /** For label sets: each chip links here (e.g. an active basin to its view). */
  readonly labelHref?: (value: string) => string;
  readonly labelNoun?: { readonly one: string; readonly many: string };
  /** What the loading skeleton imitates; label sets (active basins) should say "chips". */
  readonly placeholder?: PanelPlaceholder;
  readonly chartHeight?: number;
  /** A small action beside the title (e.g. the "Share -> Embed" button). */
  readonly headerAction?: ReactNode;
  /** Rates or totals, the previous period to compare with, and zooming (the views; embeds leave it out). */
  readonly chartOptions?: PanelChartOptions;
}

/**
 * One metric set as a titled panel. The body is chosen by metric type, never by series name: gauges
 * draw a stepped line, accumulations stacked bars, scalars stat cards, labels chips, with stat cards
 * above the charts. Loading, error and empty states take the loaded body's height so nothing jumps.
 */
export function MetricPanel(props: MetricPanelProps) {
  const { title, description, level, set, interval, intervalWasAuto = false, data, error, isLoading } = props;
  const { placeholder = "chart", chartHeight = CHART_HEIGHT, isRefreshing, onRetry } = props;
  const titleId = useId();
  const setInterval = intervalForSet(level, set, interval, intervalWasAuto);
  const metrics = useMemo(() => (data ? splitMetricsByType(data.values) : null), [data]);
  const heightStyle = bodyHeightStyle(placeholder, chartHeight);
  // The Export menu and the chart/table switch (components/export); none in an embed.
  const panelExport = usePanelExport({
    title,
    level,
    set,
    range: props.range,
    interval: setInterval.interval,
    now: props.now,
    zone: props.zone,
    metrics,
  });

  let body: React.ReactNode;
  if (metrics === null) {
    if (error) body = <PanelError error={error} onRetry={onRetry} heightStyle={heightStyle} />;
    else if (isLoading !== false)
      body = <PanelSkeleton placeholder={placeholder} chartHeight={chartHeight} />;
    else body = <PanelEmpty heightStyle={heightStyle} />;
  } else if (!hasAnyData(metrics)) {
    body = (
      <PanelEmpty
        heightStyle={heightStyle}
        hint="S2 recorded nothing for this set in the selected time range."
      />
    );
  } else {
    body = (
      <PanelBody
        title={title}
        metrics={metrics}
        range={props.range}
        now={props.now}
        zone={props.zone}
        interval={setInterval.interval}
        chartHeight={chartHeight}
        labelHref={props.labelHref}
        labelNoun={props.labelNoun}
        options={props.chartOptions}
        table={panelExport.table}
      />
    );
  }

  return (
    <section
      aria-labelledby={titleId}
      aria-busy={metrics === null && !error && isLoading !== false}
      data-set={set}
      data-level={level}
      className="min-w-0 rounded-xl border border-border bg-surface p-4 shadow-xs sm:p-5"
    >
      <header className="mb-4 flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-sm font-semibold text-fg">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-xs text-fg-muted">{description}</p> : null}
        </div>
        {isRefreshing && metrics !== null ? (
          <span className="flex shrink-0 items-center gap-1.5 text-xs text-fg-subtle" role="status">
            <span aria-hidden="true" className="skeleton-pulse size-1.5 rounded-full bg-accent" />
            Updating
          </span>
        ) : null}
        {panelExport.actions}
        {props.headerAction}
      </header>
      {setInterval.note ? (
        <p className="mb-3 rounded-md border border-note-border bg-note-soft px-3 py-1.5 text-xs text-note">
          {setInterval.note}
        </p>
      ) : null}
      {metrics !== null && error ? <PanelStaleNotice error={error} onRetry={onRetry} /> : null}
      {/* Stat cards price their series by this set when a price list is configured (components/pricing). */}
      <PricedSetProvider level={level} set={set}>
        {body}
      </PricedSetProvider>
    </section>
  );
}
