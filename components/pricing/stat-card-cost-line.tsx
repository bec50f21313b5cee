import { formatGiBMonths } from "@/lib/format/gib-months";
import type { CardCost } from "@/lib/pricing/stat-card-cost";
import { CostEstimate } from "./cost-estimate";

/** A stat card's cost line: "≈ $0.12 est. · 0.76 GiB-months", or "≈ $3.65/month est." for a level. */
export function StatCardCostLine({ cost, currency }: { readonly cost: CardCost; readonly currency: string }) {
  return (
    // Wraps rather than truncates: on a phone's ~150 px card the GiB-months go to a second line.
    <p className="text-xs text-fg-muted" data-testid="stat-cost">
      <CostEstimate amount={cost.amount} currency={currency} per={cost.per} />
      {cost.gibMonths === null ? null : (
        <>
          {" "}
          <span className="whitespace-nowrap" data-testid="stat-gib-months">
            · {formatGiBMonths(cost.gibMonths)}
          </span>
        </>
      )}
    </p>
  );
}
