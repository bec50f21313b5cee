"use client";

import { useEffect, useMemo } from "react";
import { preloadCharts } from "@/components/charts/lazy-charts";
import { MetricPanel } from "@/components/charts/metric-panel";
import { ShareEmbedButton } from "@/components/embed/share-embed-button";
import { type MetricsTarget, useMetrics } from "@/lib/api/queries";
import { requestPointBudget } from "@/lib/chart-data/point-budget";
import type { EmbedTarget } from "@/lib/embed/embed-spec";
import { INTERVAL_SECONDS, type Interval, type MetricSet } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";

export interface MetricSetPanelProps {
  readonly title: string;
  readonly description?: string;
  readonly target: MetricsTarget;
  readonly set: MetricSet;
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly intervalWasAuto: boolean;
  readonly now: number;
  readonly zone: string | undefined;
  readonly labelHref?: (value: string) => string;
  readonly placeholder?: "chart" | "chips";
  readonly labelNoun?: { readonly one: string; readonly many: string };
}

/** One metric set fetched through the proxy and drawn by type; a failure stays inside this panel. */
export function MetricSetPanel(props: MetricSetPanelProps) {
  const { target, set, interval, intervalWasAuto, range: viewRange } = props;
  // Every request starts on a boundary of the interval it asks for, so every bar is a whole bucket.
  // Memoised so the window keeps its identity between renders: the charts redraw when it changes.
  const request = useMemo(
    () => setRequest(target.level, set, { range: viewRange, interval, intervalWasAuto }),
    [target.level, set, viewRange, interval, intervalWasAuto],
  );
  const { range, interval: setInterval } = request;
  const usesInterval = set !== "active-basins";
  // A long range at a fine interval (30 days by minute) is reduced by the proxy to what a chart can draw.
  const points = usesInterval ? requestPointBudget(range, INTERVAL_SECONDS[setInterval]) : undefined;
  const query = usesInterval
    ? { set, ...range, interval: setInterval, ...(points === undefined ? {} : { points }) }
    : { set, ...range };
  const result = useMetrics(target, query);
  useEffect(preloadCharts, []);
  return (
    <MetricPanel
      title={props.title}
      description={props.description}
      level={target.level}
      set={set}
      interval={interval}
      intervalWasAuto={intervalWasAuto}
      range={range}
      now={props.now}
      zone={props.zone}
      data={result.data}
      error={result.error ? { code: result.error.code, message: result.error.message } : null}
      isLoading={result.isPending}
      isRefreshing={result.isFetching && !result.isPending}
      onRetry={() => void result.refetch()}
      labelHref={props.labelHref}
      placeholder={props.placeholder}
      labelNoun={props.labelNoun}
      headerAction={
        <ShareEmbedButton
          target={embedTarget(target)}
          chart={set}
          name={props.title}
          now={props.now}
          compact
        />
      }
    />
  );
}

/** The panel's target as an embed names it (the query target leaves unused names empty). */
function embedTarget({ level, basin = "", stream = "" }: MetricsTarget): EmbedTarget {
  if (level === "account") return { level };
  return level === "basin" ? { level, basin } : { level, basin, stream };
}
