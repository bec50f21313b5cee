import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ApiError } from "./api-error";
import {
  type BasinBreakdownResponse,
  type BreakdownWindow,
  basinBreakdownResponseSchema,
  breakdownPaths,
  type StreamBreakdownRequest,
  type StreamBreakdownResponse,
  streamBreakdownResponseSchema,
} from "./breakdown-contract";
import { fetchApi } from "./fetch-api";

/** One hook per breakdown route; every parameter is in the key (defaults live in the provider). */

/** How often the browser asks again while the server ranks a basin (each answer carries the progress). */
export const RANKING_POLL_MS = 500;

export const breakdownKeys = {
  basins: (window: BreakdownWindow) => ["breakdown", "basins", window] as const,
  streams: (basin: string, request: StreamBreakdownRequest) =>
    ["breakdown", "streams", basin, request] as const,
};

export function useBasinBreakdown(window: BreakdownWindow) {
  return useQuery<BasinBreakdownResponse, ApiError>({
    queryKey: breakdownKeys.basins(window),
    queryFn: ({ signal }) => fetchApi(breakdownPaths.basins(window), basinBreakdownResponseSchema, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStreamBreakdown(basin: string, request: StreamBreakdownRequest) {
  return useQuery<StreamBreakdownResponse, ApiError>({
    queryKey: breakdownKeys.streams(basin, request),
    queryFn: ({ signal }) =>
      fetchApi(breakdownPaths.streams(basin, request), streamBreakdownResponseSchema, signal),
    placeholderData: keepPreviousData,
    // While the basin is being ranked, ask again for the progress until the ranking is ready.
    refetchInterval: (query) => (query.state.data?.status === "ranking" ? RANKING_POLL_MS : false),
  });
}
