import type { StatCardData } from "@/lib/chart-data/stat-cards";

/** The grand total's key (lib/chart-data/stat-cards.ts), always kept in view. */
const GRAND_TOTAL_KEY = "accumulation:*";

/**
 * Which stat cards a phone shows before "+N more": the grand total and the three largest of the
 * others (no-data cards last), so a set with many series (account operations: 12 cards) leaves its chart
 * within a screen's scroll of its title. Four cards or fewer are all shown; nothing is hidden for one.
 */
export function smallScreenCardKeys(cards: readonly StatCardData[], top = 3): ReadonlySet<string> {
  if (cards.length <= top + 1) return new Set(cards.map((card) => card.key));
  const total = cards.find((card) => card.key === GRAND_TOTAL_KEY);
  const largest = cards
    .filter((card) => card !== total)
    .map((card, index) => ({ card, index }))
    .sort((a, b) => (b.card.raw ?? -Infinity) - (a.card.raw ?? -Infinity) || a.index - b.index)
    .slice(0, top)
    .map(({ card }) => card.key);
  return new Set(total === undefined ? largest : [total.key, ...largest]);
}
