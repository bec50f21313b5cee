"use client";

import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ApiError } from "@/lib/api/api-error";
import { type ApiMetricSetResponse, apiMetricSetResponseSchema, apiPaths } from "@/lib/api/contract";
import { fetchApi } from "@/lib/api/fetch-api";
import { queryKeys } from "@/lib/api/queries";
import type { MonthSetAnswer } from "@/lib/pricing/month-estimate";
import type { MonthSetRequest } from "@/lib/pricing/month-requests";
import type { EpochRange } from "@/lib/time-range/epoch-range";

export interface MonthAnswers {
  readonly answers: readonly MonthSetAnswer[];
  readonly pending: boolean;
  readonly error: ApiError | null;
  readonly retry: () => void;
}

/**
 * Each basin's priced sets over the month's window, through the normal metrics routes (same query keys as
 * the basin views, so a visited basin's answers are shared).
 */
export function useMonthAnswers(
  basins: readonly string[],
  requests: readonly MonthSetRequest[],
  range: EpochRange,
): MonthAnswers {
  const items = useMemo(
    () => basins.flatMap((basin) => requests.map((request) => ({ basin, ...request }))),
    [basins, requests],
  );
  return useQueries({
    queries: items.map(({ basin, set, interval }) => {
      const query = { set, start: range.start, end: range.end, interval };
      return {
        queryKey: queryKeys.basinMetrics(basin, query),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          fetchApi(apiPaths.basinMetrics(basin, query), apiMetricSetResponseSchema, signal),
      };
    }),
    combine: (results): MonthAnswers => ({
      answers: results.flatMap((result, i) => {
        const item = items[i];
        const data = result.data as ApiMetricSetResponse | undefined;
        return item === undefined || data === undefined ? [] : [{ set: item.set, metrics: data.values }];
      }),
      pending: results.some((result) => result.isPending),
      error: (results.find((result) => result.error !== null)?.error as ApiError | undefined) ?? null,
      retry: () => {
        for (const result of results) if (result.error !== null) void result.refetch();
      },
    }),
  });
}
