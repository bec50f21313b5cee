"use client";

import { VALUES_CHOICES, type ValuesChoice } from "@/lib/time-range/options";
import { SegmentedControl } from "./segmented-control";
import { useViewParams } from "./use-view-params";

const LABELS: Record<ValuesChoice, { label: string; title: string }> = {
  rate: { label: "Rate", title: "Counters as an average per second over each bucket" },
  total: { label: "Total", title: "Counters as the total in each bucket" },
};

/** How counters are drawn: per-second rates (default) or totals per bucket (URL `values=total`). */
export function ValuesToggle() {
  const { state, navigate } = useViewParams();
  return (
    <SegmentedControl
      label="Values"
      value={state.values}
      onChange={(values) => navigate({ ...state, values })}
      options={VALUES_CHOICES.map((value) => ({ value, ...LABELS[value] }))}
    />
  );
}
