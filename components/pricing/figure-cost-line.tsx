"use client";

import { type BasinFigureKey, basinFigureCost } from "@/lib/pricing/row-cost";
import { usePrices } from "./prices-context";
import { StatCardCostLine } from "./stat-card-cost-line";

/** A summary card's cost line (the account's summary row); nothing without prices or without a cost. */
export function FigureCostLine({
  figure,
  figures,
}: {
  readonly figure: string;
  readonly figures: Partial<Record<BasinFigureKey, number | null>> | null;
}) {
  const prices = usePrices();
  if (prices === null || figures === null) return null;
  const cost = basinFigureCost(prices, figure, figures);
  return cost === null ? null : <StatCardCostLine cost={cost} currency={prices.currency} />;
}
