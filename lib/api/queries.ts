import { useQuery } from "@tanstack/react-query";
import {
  type ListBasinsResponse,
  listBasinsResponseSchema,
  type MetricSetResponse,
  metricSetResponseSchema,
} from "@/lib/s2/contract";
import type { ApiError } from "./api-error";
import { apiPaths, type MetricsQuery } from "./contract";
import { fetchApi } from "./fetch-api";

/** One hook per endpoint; every parameter is in the key. Defaults (retry, staleness) live in the provider. */

export const queryKeys = {
  accountMetrics: (query: MetricsQuery<string>) => ["metrics", "account", query] as const,
  basinMetrics: (basin: string, query: MetricsQuery<string>) => ["metrics", "basin", basin, query] as const,
  basins: (query: { prefix?: string; start_after?: string; limit?: number }) => ["basins", query] as const,
};

export function useAccountMetrics(query: MetricsQuery<string>) {
  return useQuery<MetricSetResponse, ApiError>({
    queryKey: queryKeys.accountMetrics(query),
    queryFn: ({ signal }) => fetchApi(apiPaths.accountMetrics(query), metricSetResponseSchema, signal),
  });
}

export function useBasinMetrics(basin: string, query: MetricsQuery<string>) {
  return useQuery<MetricSetResponse, ApiError>({
    queryKey: queryKeys.basinMetrics(basin, query),
    queryFn: ({ signal }) => fetchApi(apiPaths.basinMetrics(basin, query), metricSetResponseSchema, signal),
  });
}

export function useBasins(query: { prefix?: string; start_after?: string; limit?: number } = {}) {
  return useQuery<ListBasinsResponse, ApiError>({
    queryKey: queryKeys.basins(query),
    queryFn: ({ signal }) => fetchApi(apiPaths.basins(query), listBasinsResponseSchema, signal),
  });
}
