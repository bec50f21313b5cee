"use client";

import { useCallback, useEffect, useMemo } from "react";
import { preloadCharts } from "@/components/charts/lazy-charts";
import { MetricPanel } from "@/components/charts/metric-panel";
import type { PanelChartOptions } from "@/components/charts/panel-body";
import { ZoomOutButton } from "@/components/charts/zoom-out-button";
import { ShareEmbedButton } from "@/components/embed/share-embed-button";
import { useViewParams } from "@/components/pickers/use-view-params";
import { type MetricsTarget, useMetrics } from "@/lib/api/queries";
import { previousPeriod } from "@/lib/chart-data/compare-period";
import { requestPointBudget } from "@/lib/chart-data/point-budget";
import {
  intervalAfterZoom,
  MAX_ZOOM_SECONDS,
  zoomOut,
  zoomRangeSpec,
  zoomToSpan,
} from "@/lib/chart-data/zoom-range";
import type { EmbedTarget } from "@/lib/embed/embed-spec";
import { periodLength } from "@/lib/format/period-change";
import { INTERVAL_SECONDS, type Interval, type MetricSet } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { rangeBounds } from "@/lib/time-range/resolve-range";
import { setRequest } from "@/lib/time-range/set-interval";
import { isRelativeRange } from "@/lib/view/is-relative";

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

  const { state, navigate } = useViewParams();
  const { now, zone } = props;
  // The range as the URL names it ("24 h"), before alignment: what zoom-out widens and compare names.
  const named = useMemo(() => rangeBounds(state.range, now, zone), [state.range, now, zone]);
  const compare = state.compare && usesInterval;
  const before = useMemo(() => previousPeriod(range, INTERVAL_SECONDS[setInterval]), [range, setInterval]);
  const previousQuery = { ...query, start: before.range.start, end: before.range.end };
  // The previous period goes through the same route with its own key; asked only while comparing.
  const previousResult = useMetrics(target, previousQuery, { enabled: compare });

  const zoomTo = useCallback(
    (a: number, b: number) => {
      const span = zoomToSpan(a, b, now);
      navigate({
        ...state,
        range: zoomRangeSpec(span, now, false),
        interval: intervalAfterZoom(state.interval, span.end - span.start),
      });
    },
    [navigate, state, now],
  );
  const wider = zoomOut(named, now);
  const onZoomOut = useCallback(() => {
    navigate({
      ...state,
      range: zoomRangeSpec(wider, now, isRelativeRange(state.range)),
      interval: intervalAfterZoom(state.interval, wider.end - wider.start),
    });
  }, [navigate, state, wider, now]);
  const atWidest = named.end - named.start >= MAX_ZOOM_SECONDS;

  const chartOptions = useMemo<PanelChartOptions>(
    () => ({
      values: state.values,
      onZoom: zoomTo,
      previous: compare
        ? {
            // A placeholder is another window's answer: never lay it on this one.
            data: previousResult.isPlaceholderData ? undefined : previousResult.data,
            range: before.range,
            offset: before.offset,
            seconds: named.end - named.start,
          }
        : null,
    }),
    [state.values, zoomTo, compare, previousResult.isPlaceholderData, previousResult.data, before, named],
  );
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
      chartOptions={chartOptions}
      headerAction={
        <div className="flex shrink-0 items-center gap-1">
          {usesInterval ? (
            <ZoomOutButton
              label={`Zoom out to ${periodLength(wider.end - wider.start)}`}
              onZoomOut={onZoomOut}
              disabled={atWidest}
            />
          ) : null}
          <ShareEmbedButton
            target={embedTarget(target)}
            chart={set}
            name={props.title}
            now={props.now}
            compact
          />
        </div>
      }
    />
  );
}

/** The panel's target as an embed names it (the query target leaves unused names empty). */
function embedTarget({ level, basin = "", stream = "" }: MetricsTarget): EmbedTarget {
  if (level === "account") return { level };
  return level === "basin" ? { level, basin } : { level, basin, stream };
}
