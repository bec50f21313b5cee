import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ApiError } from "@/lib/api/api-error";
import { type ApiMetricSetResponse, apiMetricSetResponseSchema, type MetricsQuery } from "@/lib/api/contract";
import type { EmbedTarget } from "./embed-spec";
import { embedMetricsPath } from "./embed-url";
import { fetchEmbed } from "./fetch-embed";

/** The frame's metrics, one hook per endpoint family; the key holds the embed id and every parameter. */
export const embedQueryKeys = {
  metrics: (embedId: string, target: EmbedTarget, query: MetricsQuery<string>) =>
    ["embed-metrics", embedId, target, query] as const,
};

export function useEmbedMetrics(
  token: string,
  embedId: string,
  target: EmbedTarget,
  query: MetricsQuery<string>,
) {
  return useQuery<ApiMetricSetResponse, ApiError>({
    queryKey: embedQueryKeys.metrics(embedId, target, query),
    queryFn: ({ signal }) =>
      fetchEmbed(embedMetricsPath(target, query), token, apiMetricSetResponseSchema, signal),
    placeholderData: keepPreviousData,
  });
}
