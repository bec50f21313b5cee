import type { ReactNode } from "react";
import type { PriceList } from "@/lib/pricing/price-list";
import { CostEstimate, ESTIMATE_NOTE } from "./cost-estimate";

/**
 * A table's "Est. cost" column, shaped as components/breakdowns' `TableColumn` (structurally, so the
 * tables need not know about pricing): `...(prices ? [costColumn(prices, (row) => cost)] : [])`.
 */
export function costColumn<R>(
  prices: PriceList,
  costOf: (row: R) => number | null,
  /** What the estimate covers, when not every priced dimension. */
  covers?: string,
): {
  key: string;
  label: string;
  description: string;
  numeric: boolean;
  cell: (row: R) => ReactNode;
  raw: (row: R) => number | null;
} {
  return {
    key: "estimatedCost",
    label: "Est. cost",
    description: `Estimated cost over the range${covers ? ` (${covers})` : ""}. ${ESTIMATE_NOTE}`,
    numeric: true,
    raw: costOf,
    cell: (row) => <CostCell amount={costOf(row)} currency={prices.currency} />,
  };
}

/** One estimate in a table cell, or a dimmed "no data" (never "$0.00" for nothing measured). */
export function CostCell({
  amount,
  currency,
}: {
  readonly amount: number | null;
  readonly currency: string;
}) {
  if (amount === null) return <span className="text-xs text-fg-subtle italic">no data</span>;
  return <CostEstimate amount={amount} currency={currency} className="text-fg" />;
}
