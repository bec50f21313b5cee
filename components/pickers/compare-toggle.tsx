"use client";

import { useViewParams } from "./use-view-params";

/**
 * Whether the charts draw the period before the range beside it (URL `compare=1`). A toggle button
 * (aria-pressed) because it is one on/off choice; the charts read `state.compare` and do the drawing.
 */
export function CompareToggle() {
  const { state, navigate } = useViewParams();
  return (
    <button
      type="button"
      aria-pressed={state.compare}
      data-shortcut-target="compare"
      title="Draw the previous period of the same length beside this one (shortcut c)"
      onClick={() => navigate({ ...state, compare: !state.compare })}
      className="flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium whitespace-nowrap text-fg-muted hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-fg"
    >
      <span
        aria-hidden="true"
        className={`inline-block size-2 rounded-full border border-current ${state.compare ? "bg-accent" : ""}`}
      />
      Compare<span className="sr-only"> with previous period</span>
    </button>
  );
}
