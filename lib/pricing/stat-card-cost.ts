import { byteHoursToGiBMonths } from "@/lib/meter/gib-months";
import type { Level, MetricSet } from "@/lib/s2/contract";
import { estimateCost, monthlyStorageCost, sumCosts } from "./cost";
import { pricedDimension } from "./dimensions";
import type { PriceList } from "./price-list";

/** The cost line of one stat card. */
export interface CardCost {
  readonly amount: number;
  /** "month": the card is a level (latest, peak), priced as if held for a whole billing month. */
  readonly per: "range" | "month";
  /** For a storage total: the same figure in GiB-months, the unit storage is billed in. */
  readonly gibMonths: number | null;
}

/** What a stat card says about itself (lib/chart-data/stat-cards.ts `StatCardData`). */
export interface CardFigure {
  readonly key: string;
  readonly testId: string;
  readonly series: string | null;
  readonly raw: number | null;
}

/**
 * Each card's estimated cost, by card key: a gauge's time-weighted total costs its GiB-months, its latest
 * and peak readings their monthly rate, an accumulation its count or bytes, and a grand total the sum of
 * its series (only when every one of them is priced). Cards of unpriced sets, and cards with no data,
 * get none.
 */
export function statCardCosts(
  prices: PriceList,
  level: Level,
  set: MetricSet,
  cards: readonly CardFigure[],
): Map<string, CardCost> {
  const out = new Map<string, CardCost>();
  const seriesCosts: (number | null)[] = [];
  for (const card of cards) {
    const dimension = card.series === null ? null : pricedDimension(level, set, card.series);
    if (dimension === null) continue;
    let cost: CardCost | null = null;
    if (card.testId === "stat-gauge-total") {
      const amount = estimateCost(prices, dimension, card.raw);
      const gibMonths = card.raw === null ? null : byteHoursToGiBMonths(card.raw);
      if (amount !== null) cost = { amount, per: "range", gibMonths };
    } else if (card.testId === "stat-gauge-latest" || card.testId === "stat-gauge-peak") {
      const amount = monthlyStorageCost(prices, dimension, card.raw);
      if (amount !== null) cost = { amount, per: "month", gibMonths: null };
    } else if (card.testId === "stat-accumulation-total") {
      const amount = estimateCost(prices, dimension, card.raw);
      // A series with no data adds nothing to the grand total; an unpriced one makes it unknown.
      seriesCosts.push(card.raw === null ? 0 : amount);
      if (amount !== null) cost = { amount, per: "range", gibMonths: null };
    }
    if (cost !== null) out.set(card.key, cost);
  }
  const grand = cards.find((card) => card.testId === "stat-accumulation-grand-total");
  const total = sumCosts(seriesCosts);
  if (grand !== undefined && grand.raw !== null && total !== null) {
    out.set(grand.key, { amount: total, per: "range", gibMonths: null });
  }
  return out;
}
