import "server-only";
import { fanOutOverBasins } from "@/lib/breakdown/basin-fan-out";
import { fetchPlannedMetricSet } from "@/lib/planner";
import type { S2Client } from "@/lib/upstream/s2-client";
import type { MonthEstimateResponse } from "./month-contract";
import { type MonthSetAnswer, monthCosts } from "./month-estimate";
import { monthRequestRange, monthWindow } from "./month-projection";
import { monthSetRequests } from "./month-requests";
import type { PriceList } from "./price-list";

/**
 * The account's month estimate on the server: every basin's priced sets over the month's window
 * (`monthSetRequests`, at most 31 days, one planned request per set), through the breakdowns' fan-out
 * (`fanOutOverBasins`: every basin, one concurrency cap), priced together. A basin outside the token's
 * scope is counted as unavailable and left out rather than failing the estimate.
 */
export async function fetchMonthEstimate(
  s2: S2Client,
  token: string,
  prices: PriceList,
  options: { now: number; signal?: AbortSignal },
): Promise<MonthEstimateResponse> {
  const window = monthWindow(options.now);
  const range = monthRequestRange(window);
  const requests = monthSetRequests(prices);
  const basins = await fanOutOverBasins(
    s2,
    token,
    requests,
    async (basin, { set, interval }): Promise<MonthSetAnswer> => {
      const query = { set, start: range.start, end: range.end, interval };
      const answer = await fetchPlannedMetricSet(s2, token, { level: "basin", basin }, query, {
        signal: options.signal,
        now: options.now,
      });
      return { set, metrics: answer.values };
    },
    { signal: options.signal },
  );
  const answers = basins.flatMap((basin) => (basin.ok ? basin.values : []));
  return {
    monthStart: window.monthStart,
    ...monthCosts(prices, answers, window),
    basins: basins.length,
    unavailable: basins.filter((basin) => !basin.ok).length,
  };
}
