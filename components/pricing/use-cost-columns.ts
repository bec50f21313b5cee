"use client";

import { useMemo } from "react";
import { type BasinCostFigures, basinRowCost, streamRowCost } from "@/lib/pricing/row-cost";
import { costColumn } from "./cost-column";
import { usePrices } from "./prices-context";

// Basin operations (API calls by type) are billed as neither appends nor reads, so no price applies.
const BASIN_ROW_COVERS =
  "storage, bytes appended by storage class, bytes read, append and read operations; not basin operations";

/** The basins table's "Est. cost" column with a price list, else none: spread after its columns. */
export function useBasinCostColumns<R extends BasinCostFigures>() {
  const prices = usePrices();
  return useMemo(
    () =>
      prices === null
        ? []
        : [costColumn<R>(prices, (row) => basinRowCost(prices, row).total, BASIN_ROW_COVERS)],
    [prices],
  );
}

/** The streams table's "Est. cost" column (storage over the range) with a price list, else none. */
export function useStreamCostColumns<R extends { readonly byteHours: number | null }>() {
  const prices = usePrices();
  return useMemo(
    () => (prices === null ? [] : [costColumn<R>(prices, (row) => streamRowCost(prices, row.byteHours))]),
    [prices],
  );
}
