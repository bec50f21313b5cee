"use client";

import { useMemo } from "react";
import { type CardCost, type CardFigure, statCardCosts } from "@/lib/pricing/stat-card-cost";
import { usePricedSet } from "./priced-set-context";
import { usePrices } from "./prices-context";

const NONE: ReadonlyMap<string, CardCost> = new Map();

/** Each stat card's cost by key, with the currency; empty without prices or outside a priced panel. */
export function useStatCardCosts(cards: readonly CardFigure[]): {
  costs: ReadonlyMap<string, CardCost>;
  currency: string;
} {
  const prices = usePrices();
  const pricedSet = usePricedSet();
  const costs = useMemo(
    () =>
      prices === null || pricedSet === null
        ? NONE
        : statCardCosts(prices, pricedSet.level, pricedSet.set, cards),
    [prices, pricedSet, cards],
  );
  return { costs, currency: prices?.currency ?? "" };
}
