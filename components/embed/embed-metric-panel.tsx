"use client";

import { useMemo } from "react";
import { MetricPanel } from "@/components/charts/metric-panel";
import { requestPointBudget } from "@/lib/chart-data/point-budget";
import type { EmbedTarget } from "@/lib/embed/embed-spec";
import { useEmbedMetrics } from "@/lib/embed/queries";
import { setTitle } from "@/lib/embed/set-titles";
import { INTERVAL_SECONDS, type Interval, type MetricSet } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";

export interface EmbedMetricPanelProps {
  readonly token: string;
  readonly embedId: string;
  readonly target: EmbedTarget;
  readonly set: MetricSet;
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly intervalWasAuto: boolean;
  readonly now: number;
  readonly zone: string | undefined;
}

const ACTIVE_BASINS = { one: "active basin", many: "active basins" } as const;

/** One embedded metric set: the dashboard's MetricPanel, fed through the embed data route. */
export function EmbedMetricPanel(props: EmbedMetricPanelProps) {
  const { token, embedId, target, set, interval, intervalWasAuto, range: viewRange } = props;
  // As on the dashboard: each request starts on a boundary of its interval, so every bar is a whole bucket
  // (the data route accepts the token's window aligned this way). Memoised to keep the window's identity.
  const request = useMemo(
    () => setRequest(target.level, set, { range: viewRange, interval, intervalWasAuto }),
    [target.level, set, viewRange, interval, intervalWasAuto],
  );
  const { range, interval: setInterval } = request;
  const isLabel = set === "active-basins";
  // As on the dashboard: a long range at a fine interval is reduced by the proxy to what a chart can draw.
  const points = isLabel ? undefined : requestPointBudget(range, INTERVAL_SECONDS[setInterval]);
  const query = isLabel
    ? { set, ...range }
    : { set, ...range, interval: setInterval, ...(points === undefined ? {} : { points }) };
  const result = useEmbedMetrics(token, embedId, target, query);
  const { title, description } = setTitle(target.level, set);
  return (
    <MetricPanel
      title={title}
      description={description}
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
      placeholder={isLabel ? "chips" : "chart"}
      labelNoun={isLabel ? ACTIVE_BASINS : undefined}
    />
  );
}
