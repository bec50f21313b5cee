import { byteHoursToGiBMonths, estimateCost, monthlyStorageCost } from "./cost";
import { type CostBreakdown, costBreakdown, type MeasuredQuantity } from "./cost-breakdown";
import type { PriceList } from "./price-list";
import type { CardCost } from "./stat-card-cost";

/**
 * A basin's figures over a range as the breakdown tables and the account's summary row hold them
 * (lib/api/breakdown-contract.ts `BasinFigures`). Operation counts are priced only when they come split
 * into appends and reads: a total that includes basin operations (API calls by type) is not billed as
 * either.
 */
export interface BasinCostFigures {
  readonly storageByteHours: number | null;
  readonly bytesAppended: number | null;
  readonly bytesRead: number | null;
  readonly appendOperations?: number | null;
  readonly readOperations?: number | null;
}

export interface RowCost extends CostBreakdown {
  /** Dimensions the list prices but the figures do not measure separately (left out of `total`). */
  readonly unmeasured: readonly string[];
}

/**
 * The estimated cost of one basin's figures: storage by its time-weighted total, bytes by volume (the
 * storage class is not split out in a row, so `default` prices apply), and operations when split.
 */
export function basinRowCost(prices: PriceList, figures: BasinCostFigures): RowCost {
  const items: MeasuredQuantity[] = [
    { dimension: { kind: "storage", storageClass: null }, quantity: figures.storageByteHours },
    { dimension: { kind: "appended-bytes", storageClass: null }, quantity: figures.bytesAppended },
    { dimension: { kind: "read-bytes" }, quantity: figures.bytesRead },
  ];
  const unmeasured: string[] = [];
  if (figures.appendOperations !== undefined) {
    items.push({ dimension: { kind: "append-operations" }, quantity: figures.appendOperations });
  } else if (prices.appendOperationsPerMillion !== undefined) unmeasured.push("append operations");
  if (figures.readOperations !== undefined) {
    items.push({ dimension: { kind: "read-operations" }, quantity: figures.readOperations });
  } else if (prices.readOperationsPerMillion !== undefined) unmeasured.push("read operations");
  return { ...costBreakdown(prices, items), unmeasured };
}

/** A stream's storage over a range (its one billed dimension the metrics measure). */
export function streamRowCost(prices: PriceList, byteHours: number | null): number | null {
  return costBreakdown(prices, [{ dimension: { kind: "storage", storageClass: null }, quantity: byteHours }])
    .total;
}

/** The figures of a basin row or summary row that a single figure's cost is read from. */
export type BasinFigureKey =
  | "storageLatest"
  | "storagePeak"
  | "storageByteHours"
  | "bytesAppended"
  | "bytesRead";

/**
 * The cost line of one figure of a row (the account's summary cards): a storage level per month, storage
 * over the range with its GiB-months, bytes appended or read. Other figures (an operations total that
 * mixes in basin operations) have none.
 */
export function basinFigureCost(
  prices: PriceList,
  figure: string,
  figures: Partial<Record<BasinFigureKey, number | null>>,
): CardCost | null {
  const storage = { kind: "storage", storageClass: null } as const;
  const value = (figures as Record<string, number | null | undefined>)[figure] ?? null;
  if (value === null) return null;
  let amount: number | null = null;
  if (figure === "storageLatest" || figure === "storagePeak") {
    amount = monthlyStorageCost(prices, storage, value);
    return amount === null ? null : { amount, per: "month", gibMonths: null };
  }
  if (figure === "storageByteHours") amount = estimateCost(prices, storage, value);
  else if (figure === "bytesAppended")
    amount = estimateCost(prices, { kind: "appended-bytes", storageClass: null }, value);
  else if (figure === "bytesRead") amount = estimateCost(prices, { kind: "read-bytes" }, value);
  if (amount === null) return null;
  return {
    amount,
    per: "range",
    gibMonths: figure === "storageByteHours" ? byteHoursToGiBMonths(value) : null,
  };
}
