import { estimateCost, unitPrice } from "./cost";
import type { PricedDimension } from "./dimensions";
import type { PriceList } from "./price-list";

export type DimensionKind = PricedDimension["kind"];

/** The order lines are listed in: storage first, as on a bill. */
export const DIMENSION_KINDS: readonly DimensionKind[] = [
  "storage",
  "append-operations",
  "read-operations",
  "appended-bytes",
  "read-bytes",
];

/** One measured quantity: byte-hours for storage, a count for operations, bytes for transfer. */
export interface MeasuredQuantity {
  readonly dimension: PricedDimension;
  /** Null for no data (not a zero). */
  readonly quantity: number | null;
}

export interface CostLine {
  readonly kind: DimensionKind;
  /** The summed quantity, in the measured unit (byte-hours, operations, bytes). */
  readonly quantity: number;
  readonly cost: number;
}

export interface CostBreakdown {
  /** One line per priced dimension that had data, in `DIMENSION_KINDS` order. */
  readonly lines: readonly CostLine[];
  /** The sum of the lines; null when no priced dimension had data. */
  readonly total: number | null;
}

/**
 * The estimated cost of several quantities (a basin's figures, a whole account's, a month's), by
 * dimension. A quantity without data adds nothing; a dimension the list does not price is left out
 * rather than counted as free, so the total is "what the priced dimensions cost".
 */
export function costBreakdown(prices: PriceList, items: readonly MeasuredQuantity[]): CostBreakdown {
  const byKind = new Map<DimensionKind, { quantity: number; cost: number }>();
  for (const { dimension, quantity } of items) {
    if (quantity === null || unitPrice(prices, dimension) === null) continue;
    const cost = estimateCost(prices, dimension, quantity) ?? 0;
    const line = byKind.get(dimension.kind) ?? { quantity: 0, cost: 0 };
    byKind.set(dimension.kind, { quantity: line.quantity + quantity, cost: line.cost + cost });
  }
  const lines = DIMENSION_KINDS.flatMap((kind) => {
    const line = byKind.get(kind);
    return line === undefined ? [] : [{ kind, ...line }];
  });
  return { lines, total: lines.length === 0 ? null : lines.reduce((sum, line) => sum + line.cost, 0) };
}
