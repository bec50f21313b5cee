"use client";

import { useMemo, useState } from "react";
import { StatCardCostLine } from "@/components/pricing/stat-card-cost-line";
import { useStatCardCosts } from "@/components/pricing/use-stat-card-costs";
import type { MetricsByType } from "@/lib/chart-data/split-metrics";
import { statCardsFor } from "@/lib/chart-data/stat-cards";
import { statCardChanges } from "@/lib/chart-data/stat-changes";
import type { CardCost } from "@/lib/pricing/stat-card-cost";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { smallScreenCardKeys } from "./small-screen-cards";
import { STAT_GRID_CLASS, StatCard } from "./stat-card";

export interface MetricStatCardsProps {
  /** One set's metrics, split by type (`splitMetricsByType`). */
  readonly metrics: MetricsByType;
  readonly range: EpochRange;
  /** Current epoch seconds: a gauge's last reading is not carried past it. */
  readonly now: number;
  readonly zone: string | undefined;
  /**
   * With compare on: the previous period's metrics (unshifted), its window, and the length to name it
   * by (the range as the URL names it, "24 h", rather than the aligned window's odd minutes).
   */
  readonly previous?: {
    readonly metrics: MetricsByType;
    readonly range: EpochRange;
    readonly seconds: number;
  } | null;
}

/**
 * The stat cards for a set: accumulation totals over the range ("no data" when no bucket had data,
 * which is not 0), each gauge's latest, peak and time-weighted total, and scalars. Gauge totals carry
 * `data-testid="stat-gauge-total"` and `data-value` in unit-hours (byte-hours) for e2e checks.
 */
export function MetricStatCards({ metrics, range, now, zone, previous }: MetricStatCardsProps) {
  const { start, end } = range;
  const cards = useMemo(
    () => statCardsFor(metrics, { range: { start, end }, now, zone }),
    [metrics, start, end, now, zone],
  );
  const changes = useMemo(() => {
    if (!previous) return null;
    const before = statCardsFor(previous.metrics, { range: previous.range, now, zone });
    return statCardChanges(cards, before, previous.seconds);
  }, [cards, previous, now, zone]);
  // With a price list: each card's estimated cost (components/pricing); none without one.
  const { costs, currency } = useStatCardCosts(cards);
  // Phones: the grand total and the top three, the rest behind "+N more" (CSS only below `sm`).
  const [expanded, setExpanded] = useState(false);
  const phoneKeys = useMemo(() => smallScreenCardKeys(cards), [cards]);
  const folded = expanded ? 0 : cards.length - phoneKeys.size;
  if (cards.length === 0) return null;
  return (
    <div className={STAT_GRID_CLASS}>
      {cards.map((card) => (
        <div
          key={card.key}
          className={folded > 0 && !phoneKeys.has(card.key) ? "hidden sm:contents" : "contents"}
        >
          <StatCard
            label={card.label}
            value={card.value}
            detail={card.detail}
            color={card.color}
            empty={card.raw === null}
            testId={card.testId}
            rawValue={card.raw}
            series={card.series}
            costLine={costLineFor(costs.get(card.key), currency)}
            change={changes?.get(card.key) ?? null}
          />
        </div>
      ))}
      {folded > 0 ? (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          data-testid="stat-cards-more"
          className="rounded-lg border border-dashed border-border-strong px-3 py-2 text-left text-xs font-medium text-fg-muted hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus sm:hidden"
        >
          +{folded} more<span className="sr-only"> figures</span>
        </button>
      ) : null}
    </div>
  );
}

function costLineFor(cost: CardCost | undefined, currency: string) {
  return cost === undefined ? null : <StatCardCostLine cost={cost} currency={currency} />;
}
