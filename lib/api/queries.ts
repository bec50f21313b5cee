import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type ListBasinsResponse,
  type ListStreamsResponse,
  listBasinsResponseSchema,
  listStreamsResponseSchema,
} from "@/lib/s2/contract";
import type { ApiError } from "./api-error";
import {
  type ApiMetricSetResponse,
  apiMetricSetResponseSchema,
  apiPaths,
  type MetricsQuery,
} from "./contract";
import { fetchApi } from "./fetch-api";

/**
 * One hook per endpoint; every parameter is in the key. Defaults (retry, staleness) live in the provider.
 * Metrics keep the previous answer on screen while a moved window (auto-refresh) loads, so a refresh
 * never flashes a skeleton.
 */

export interface ListQuery {
  prefix?: string;
  start_after?: string;
  limit?: number;
}

export const queryKeys = {
  accountMetrics: (query: MetricsQuery<string>) => ["metrics", "account", query] as const,
  basinMetrics: (basin: string, query: MetricsQuery<string>) => ["metrics", "basin", basin, query] as const,
  streamMetrics: (basin: string, stream: string, query: MetricsQuery<string>) =>
    ["metrics", "stream", basin, stream, query] as const,
  basins: (query: ListQuery) => ["basins", query] as const,
  streams: (basin: string, query: ListQuery) => ["streams", basin, query] as const,
};

export function useBasins(query: ListQuery = {}) {
  return useQuery<ListBasinsResponse, ApiError>({
    queryKey: queryKeys.basins(query),
    queryFn: ({ signal }) => fetchApi(apiPaths.basins(query), listBasinsResponseSchema, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStreams(basin: string, query: ListQuery = {}) {
  return useQuery<ListStreamsResponse, ApiError>({
    queryKey: queryKeys.streams(basin, query),
    queryFn: ({ signal }) => fetchApi(apiPaths.streams(basin, query), listStreamsResponseSchema, signal),
    placeholderData: keepPreviousData,
  });
}

export interface MetricsTarget {
  level: "account" | "basin" | "stream";
  basin?: string;
  stream?: string;
}

/**
 * Any level's metrics, for components that render a set by its target (one endpoint family).
 * `enabled: false` asks nothing (e.g. the previous period while compare is off).
 */
export function useMetrics(
  target: MetricsTarget,
  query: MetricsQuery<string>,
  options: { readonly enabled?: boolean } = {},
) {
  const { level, basin = "", stream = "" } = target;
  const key =
    level === "account"
      ? queryKeys.accountMetrics(query)
      : level === "basin"
        ? queryKeys.basinMetrics(basin, query)
        : queryKeys.streamMetrics(basin, stream, query);
  const path =
    level === "account"
      ? apiPaths.accountMetrics(query)
      : level === "basin"
        ? apiPaths.basinMetrics(basin, query)
        : apiPaths.streamMetrics(basin, stream, query);
  return useQuery<ApiMetricSetResponse, ApiError>({
    queryKey: key,
    queryFn: ({ signal }) => fetchApi(path, apiMetricSetResponseSchema, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
