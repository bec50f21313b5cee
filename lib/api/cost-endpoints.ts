import { monthEstimateQuerySchema } from "@/lib/pricing/month-contract";
import { fetchMonthEstimate } from "@/lib/pricing/month-fetch";
import { serverPriceList } from "@/lib/pricing/server-prices";
import { ApiError } from "./api-error";
import { noPathSchema } from "./contract";
import { defineEndpoint } from "./handle";

/** The cost routes: each one call into lib/pricing, which fans out over the basins on the server. */

export const monthEstimateEndpoint = defineEndpoint({
  path: noPathSchema,
  query: monthEstimateQuerySchema,
  call: (s2, token, { signal }) => {
    const prices = serverPriceList();
    // Without a price list no cost appears anywhere: there is nothing to estimate.
    if (prices === null) throw new ApiError(404, "not_found", "No price list is configured.");
    return fetchMonthEstimate(s2, token, prices, { now: Math.floor(Date.now() / 1000), signal });
  },
});
