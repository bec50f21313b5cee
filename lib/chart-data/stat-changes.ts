import { type ChangeText, formatPeriodChange } from "@/lib/format/period-change";
import { periodChange } from "./compare-period";
import type { StatCardData } from "./stat-cards";

/**
 * Each current stat card's change from the same card over the previous period, by card key (the same
 * series and figure). A card the previous period lacks compares with blank, never with 0.
 */
export function statCardChanges(
  current: readonly StatCardData[],
  previous: readonly StatCardData[],
  previousSeconds: number,
): Map<string, ChangeText> {
  const before = new Map(previous.map((card) => [card.key, card.raw]));
  return new Map(
    current.map((card) => [
      card.key,
      formatPeriodChange(periodChange(card.raw, before.get(card.key) ?? null), previousSeconds),
    ]),
  );
}
