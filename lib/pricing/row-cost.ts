import { byteHoursToGiBMonths } from "@/lib/meter/gib-months";
import { estimateCost, monthlyStorageCost, sumCosts } from "./cost";
import { type CostBreakdown, costBreakdown, type MeasuredQuantity } from "./cost-breakdown";
import type { PriceList } from "./price-list";
import type { CardCost } from "./stat-card-cost";

/**
 * A basin's figures over a range as the breakdown tables and the account's summary row hold them
 * (lib/api/breakdown-contract.ts `BasinFigures`): each equals a stat card of the basin's page.
 */
export interface BasinCostFigures {
  readonly storageByteHours: number | null;
  readonly bytesAppended: number | null;
  /** Of `bytesAppended`, the bytes of series named for their storage class; the rest is class unknown. */
  readonly bytesAppendedStandard: number | null;
  readonly bytesAppendedExpress: number | null;
  readonly bytesRead: number | null;
  readonly appendOperations: number | null;
  readonly readOperations: number | null;
}

/**
 * Bytes appended by storage class: the class's own series, and the rest (series whose names say no class,
 * or all of them when S2 names them otherwise) at the list's `default` price, as the basin page prices
 * each series of its append-throughput card. A rest of 0 is no series, not a measured 0.
 */
function appendedByClass(figures: BasinCostFigures): MeasuredQuantity[] {
  const { bytesAppended, bytesAppendedStandard, bytesAppendedExpress } = figures;
  const classified = (bytesAppendedStandard ?? 0) + (bytesAppendedExpress ?? 0);
  const rest = bytesAppended === null ? null : bytesAppended - classified;
  return [
    { dimension: { kind: "appended-bytes", storageClass: "standard" }, quantity: bytesAppendedStandard },
    { dimension: { kind: "appended-bytes", storageClass: "express" }, quantity: bytesAppendedExpress },
    { dimension: { kind: "appended-bytes", storageClass: null }, quantity: rest === 0 ? null : rest },
  ];
}

/**
 * The estimated cost of one basin's figures: storage by its time-weighted total, bytes appended by storage
 * class, bytes read, and append and read operations per million. Basin operations (API calls by type) are
 * billed as neither and left out.
 */
export function basinRowCost(prices: PriceList, figures: BasinCostFigures): CostBreakdown {
  return costBreakdown(prices, [
    { dimension: { kind: "storage", storageClass: null }, quantity: figures.storageByteHours },
    ...appendedByClass(figures),
    { dimension: { kind: "read-bytes" }, quantity: figures.bytesRead },
    { dimension: { kind: "append-operations" }, quantity: figures.appendOperations },
    { dimension: { kind: "read-operations" }, quantity: figures.readOperations },
  ]);
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
  | "bytesAppendedStandard"
  | "bytesAppendedExpress"
  | "bytesRead"
  | "appendOperations"
  | "readOperations";

/**
 * The cost line of one figure of a row (the account's summary cards), as the basin page's card for the
 * same figure gives it: a storage level per month, storage over the range with its GiB-months, bytes
 * appended as the sum of its classes (none when a class with bytes has no price, as the page's grand
 * total), bytes read, append and read operations. Other figures (basin operations, the operations total
 * that mixes them in) have none.
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
  else if (figure === "bytesAppended") {
    const classes = appendedByClass({
      storageByteHours: null,
      bytesAppended: value,
      bytesAppendedStandard: figures.bytesAppendedStandard ?? null,
      bytesAppendedExpress: figures.bytesAppendedExpress ?? null,
      bytesRead: null,
      appendOperations: null,
      readOperations: null,
    });
    amount = sumCosts(
      classes.map(({ dimension, quantity }) =>
        quantity === null ? 0 : estimateCost(prices, dimension, quantity),
      ),
    );
  } else if (figure === "bytesRead") amount = estimateCost(prices, { kind: "read-bytes" }, value);
  else if (figure === "appendOperations") amount = estimateCost(prices, { kind: "append-operations" }, value);
  else if (figure === "readOperations") amount = estimateCost(prices, { kind: "read-operations" }, value);
  if (amount === null) return null;
  return {
    amount,
    per: "range",
    gibMonths: figure === "storageByteHours" ? byteHoursToGiBMonths(value) : null,
  };
}
