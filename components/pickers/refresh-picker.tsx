"use client";

import { RefreshIcon } from "@/components/ui/icons";
import { REFRESH_CHOICES, type RefreshChoice, refreshChoiceSchema } from "@/lib/time-range/options";
import { useViewParams } from "./use-view-params";

const LABELS: Record<RefreshChoice, string> = { off: "Off", "30s": "30 s", "1m": "1 min", "5m": "5 min" };

/** How often the view re-fetches. The choice lives in the URL; the query hooks read it as `refetchInterval`. */
export function RefreshPicker() {
  const { state, navigate } = useViewParams();
  return (
    <label className="flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2 text-xs text-fg-muted focus-within:outline-2 focus-within:outline-focus">
      <RefreshIcon />
      <span className="sr-only sm:not-sr-only">Auto-refresh</span>
      <select
        value={state.refresh}
        onChange={(event) => {
          const parsed = refreshChoiceSchema.safeParse(event.target.value);
          if (parsed.success) navigate({ ...state, refresh: parsed.data });
        }}
        className="cursor-pointer bg-transparent font-medium text-fg outline-none"
      >
        {REFRESH_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
