import { BYTES_PER_GIB, byteHoursToGiBMonths, HOURS_PER_GIB_MONTH } from "@/lib/meter/gib-months";
import type { PricedDimension } from "./dimensions";
import type { ClassPrices, PriceList, StorageClass } from "./price-list";

/** A class's own price, else the list's `default`; null when neither is set. */
function classPrice(prices: ClassPrices | undefined, storageClass: StorageClass | null): number | null {
  if (prices === undefined) return null;
  return (storageClass === null ? undefined : prices[storageClass]) ?? prices.default ?? null;
}

/**
 * The list's price for one dimension, in the currency per billed unit (GiB-month, million operations,
 * GiB); null when the list does not price it, which is "no estimate", never a free dimension.
 */
export function unitPrice(prices: PriceList, dimension: PricedDimension): number | null {
  switch (dimension.kind) {
    case "storage":
      return classPrice(prices.storagePerGiBMonth, dimension.storageClass);
    case "append-operations":
      return prices.appendOperationsPerMillion ?? null;
    case "read-operations":
      return prices.readOperationsPerMillion ?? null;
    case "appended-bytes":
      return classPrice(prices.appendedPerGiB, dimension.storageClass);
    case "read-bytes":
      return prices.readPerGiB ?? null;
  }
}

/** How many billed units a measured quantity is: GiB-months, millions of operations, or GiB. */
export function billedUnits(dimension: PricedDimension, quantity: number): number {
  switch (dimension.kind) {
    case "storage":
      return byteHoursToGiBMonths(quantity);
    case "append-operations":
    case "read-operations":
      return quantity / 1e6;
    case "appended-bytes":
    case "read-bytes":
      return quantity / BYTES_PER_GIB;
  }
}

/**
 * The estimated cost of a measured quantity: byte-hours for storage (the gauge's time-weighted total),
 * a count for operations, bytes for transfer. Null when there is no quantity (no data) or no price.
 */
export function estimateCost(
  prices: PriceList,
  dimension: PricedDimension,
  quantity: number | null,
): number | null {
  if (quantity === null) return null;
  const price = unitPrice(prices, dimension);
  return price === null ? null : billedUnits(dimension, quantity) * price;
}

/** What holding `bytes` for a whole billing month costs: the monthly rate of a storage level. */
export function monthlyStorageCost(
  prices: PriceList,
  dimension: PricedDimension,
  bytes: number | null,
): number | null {
  if (dimension.kind !== "storage" || bytes === null) return null;
  return estimateCost(prices, dimension, bytes * HOURS_PER_GIB_MONTH);
}

/** The sum of several estimates; null unless every part has one (a partial sum would read as the whole). */
export function sumCosts(costs: readonly (number | null)[]): number | null {
  if (costs.length === 0) return null;
  let total = 0;
  for (const cost of costs) {
    if (cost === null) return null;
    total += cost;
  }
  return total;
}
