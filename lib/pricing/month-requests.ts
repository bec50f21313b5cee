import type { BasinSet, Interval } from "@/lib/s2/contract";
import type { PriceList } from "./price-list";

export interface MonthSetRequest {
  readonly set: BasinSet;
  readonly interval: Interval;
}

/**
 * The basin sets a month estimate needs under this price list, and the interval each is asked at:
 * counters by day (a month is 31 buckets at most; day buckets are UTC days, like the month), storage by
 * hour (the only interval basin storage takes). A dimension the list does not price costs no request.
 */
export function monthSetRequests(prices: PriceList): MonthSetRequest[] {
  const out: MonthSetRequest[] = [];
  if (prices.storagePerGiBMonth !== undefined) out.push({ set: "storage", interval: "hour" });
  if (prices.appendOperationsPerMillion !== undefined) out.push({ set: "append-ops", interval: "day" });
  if (prices.readOperationsPerMillion !== undefined) out.push({ set: "read-ops", interval: "day" });
  if (prices.appendedPerGiB !== undefined) out.push({ set: "append-throughput", interval: "day" });
  if (prices.readPerGiB !== undefined) out.push({ set: "read-throughput", interval: "day" });
  return out;
}
