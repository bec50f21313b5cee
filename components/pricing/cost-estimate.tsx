import { formatEstimate } from "@/lib/pricing/format-cost";

export interface CostEstimateProps {
  readonly amount: number;
  readonly currency: string;
  /** "month": the amount is a monthly rate (a storage level held for a month). */
  readonly per?: "range" | "month";
  readonly className?: string;
}

export const ESTIMATE_NOTE =
  "Estimated from the configured price list. S2's metrics can count slightly more than S2 bills: S2's own billing is authoritative.";

/**
 * An estimated cost, "≈ $4.12 est.": always marked as an estimate, in words as well as by "≈", so neither
 * a reader nor a screen reader takes it for a billed amount.
 */
export function CostEstimate({ amount, currency, per = "range", className = "" }: CostEstimateProps) {
  return (
    <span
      className={`tabular-nums ${className}`}
      data-testid="cost-estimate"
      data-amount={amount}
      data-currency={currency}
      title={ESTIMATE_NOTE}
    >
      {formatEstimate(amount, currency)}
      {per === "month" ? "/month" : null}{" "}
      <span className="text-[0.8em] font-normal text-fg-subtle">est.</span>
    </span>
  );
}
