import type { CSSProperties } from "react";
import type { ErrorInfo } from "@/lib/s2/contract";
import { STAT_GRID_CLASS } from "../stats/stat-card";
import { CHART_HEIGHT, LEGEND_HEIGHT } from "./chart-size";

/** What the panel will hold once loaded, so its placeholder can take the same room. */
export type PanelPlaceholder = "chart" | "chips";

const STAT_CARD_HEIGHT = 88;
const STAT_GAP = 8;
const SECTION_GAP = 16;

/**
 * The height a loaded chart panel body takes: stat cards + gap + plot + legend, with the skeleton's
 * three cards on one row (wide screens) or two rows (phones, two columns).
 */
export function chartBodyHeight(chartHeight: number, statRows: 1 | 2): number {
  return statRows * STAT_CARD_HEIGHT + (statRows - 1) * STAT_GAP + SECTION_GAP + chartHeight + LEGEND_HEIGHT;
}
/** The count line and two rows of chips. */
const CHIPS_BODY_HEIGHT = 96;

/**
 * Style for a box standing in for a panel body (error, empty): the skeleton's height at each
 * breakpoint, so a retry that shows the skeleton, then data, does not move the page.
 */
export function bodyHeightStyle(placeholder: PanelPlaceholder, chartHeight: number): CSSProperties {
  const wide = placeholder === "chips" ? CHIPS_BODY_HEIGHT : chartBodyHeight(chartHeight, 1);
  const narrow = placeholder === "chips" ? CHIPS_BODY_HEIGHT : chartBodyHeight(chartHeight, 2);
  return { "--body-h": `${narrow}px`, "--body-h-sm": `${wide}px` } as CSSProperties;
}
const BODY_MIN_HEIGHT = "min-h-(--body-h) sm:min-h-(--body-h-sm)";

/** Grey shapes where the stat cards and the chart will be, at their exact heights. */
export function PanelSkeleton({
  placeholder,
  chartHeight = CHART_HEIGHT,
}: {
  readonly placeholder: PanelPlaceholder;
  readonly chartHeight?: number;
}) {
  if (placeholder === "chips") {
    return (
      <div
        aria-hidden="true"
        className="skeleton-pulse flex flex-wrap content-start gap-1.5"
        style={{ minHeight: CHIPS_BODY_HEIGHT }}
      >
        <div className="mb-1 h-4 w-full max-w-16 rounded bg-skeleton" />
        {[96, 128, 80, 112, 144].map((w) => (
          <div key={w} className="h-7 rounded-full bg-skeleton" style={{ width: w }} />
        ))}
      </div>
    );
  }
  return (
    <div aria-hidden="true" className="skeleton-pulse">
      <div className={STAT_GRID_CLASS}>
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-[5.5rem] rounded-lg bg-skeleton" />
        ))}
      </div>
      <div className="mt-4 rounded-md bg-skeleton/60" style={{ height: chartHeight }} />
      <div className="flex items-center gap-3" style={{ height: LEGEND_HEIGHT }}>
        <div className="h-3 w-20 rounded bg-skeleton" />
        <div className="h-3 w-16 rounded bg-skeleton" />
      </div>
    </div>
  );
}

/** The backend's own message (it is written for people) with its code, and a way to try again. */
export function PanelError({
  error,
  onRetry,
  heightStyle,
}: {
  readonly error: ErrorInfo;
  readonly onRetry?: () => void;
  readonly heightStyle: CSSProperties;
}) {
  return (
    <div
      role="alert"
      className={`flex flex-col items-center justify-center gap-3 rounded-lg border border-danger-border bg-danger-soft px-4 py-6 text-center ${BODY_MIN_HEIGHT}`}
      style={heightStyle}
    >
      <div className="max-w-prose">
        <p className="text-sm font-medium text-danger">Couldn't load these metrics</p>
        <p className="mt-1 text-sm break-words text-fg">{error.message}</p>
        <p className="mt-1 font-mono text-xs text-fg-subtle">{error.code}</p>
      </div>
      {onRetry ? <RetryButton onRetry={onRetry} /> : null}
    </div>
  );
}

/** A slim notice above stale data when a refresh failed: the old numbers stay readable. */
export function PanelStaleNotice({
  error,
  onRetry,
}: {
  readonly error: ErrorInfo;
  readonly onRetry?: () => void;
}) {
  return (
    <div
      role="status"
      className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-md border border-danger-border bg-danger-soft px-3 py-1.5 text-xs"
    >
      <span className="text-fg">
        <span className="font-medium text-danger">Refresh failed:</span> {error.message}{" "}
        <span className="text-fg-subtle">Showing the last data received.</span>
      </span>
      {onRetry ? <RetryButton onRetry={onRetry} compact /> : null}
    </div>
  );
}

function RetryButton({ onRetry, compact }: { readonly onRetry: () => void; readonly compact?: boolean }) {
  return (
    <button
      type="button"
      onClick={onRetry}
      className={`rounded-md border border-border-strong bg-surface font-medium text-fg shadow-sm hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${compact ? "px-2 py-0.5 text-xs" : "px-3 py-1.5 text-sm"}`}
    >
      Retry
    </button>
  );
}

/** Nothing came back for the range; said plainly, in the room the chart would take. */
export function PanelEmpty({
  heightStyle,
  hint,
}: {
  readonly heightStyle: CSSProperties;
  readonly hint?: string;
}) {
  return (
    <div
      className={`flex flex-col items-center justify-center rounded-lg border border-dashed border-border-strong px-4 text-center ${BODY_MIN_HEIGHT}`}
      style={heightStyle}
    >
      <p className="text-sm font-medium text-fg-muted">No data in this range</p>
      {hint ? <p className="mt-1 max-w-prose text-xs text-fg-subtle">{hint}</p> : null}
    </div>
  );
}
