"use client";

import { useQuery } from "@tanstack/react-query";
import type { ApiError } from "@/lib/api/api-error";
import { fetchApi } from "@/lib/api/fetch-api";
import {
  MONTH_ESTIMATE_PATH,
  type MonthEstimateResponse,
  monthEstimateResponseSchema,
} from "@/lib/pricing/month-contract";

/**
 * The account's month estimate, from the server (`/api/costs/month`), which fans out over every basin.
 * `step` (the view's clock, in whole steps) is only in the key: a new step asks again, the server uses
 * its own clock.
 */
export function useMonthEstimate(step: number) {
  return useQuery<MonthEstimateResponse, ApiError>({
    queryKey: ["costs", "month", step],
    queryFn: ({ signal }) => fetchApi(MONTH_ESTIMATE_PATH, monthEstimateResponseSchema, signal),
  });
}
