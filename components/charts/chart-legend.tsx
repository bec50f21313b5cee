import type { ReactNode } from "react";
import { legendGroups } from "@/lib/chart-data/legend-groups";
import type { SeriesFamily } from "@/lib/chart-data/series-colors";

export interface LegendItem {
  readonly key: string;
  readonly name: string;
  /** A CSS colour from `seriesColor`. */
  readonly color: string;
  /** Operation types are listed under their family's name when a chart mixes families. */
  readonly family?: SeriesFamily | null;
}

export interface ChartLegendProps {
  readonly items: readonly LegendItem[];
  /** A swatch that looks like what the chart draws: a line for gauges, a block for bars. */
  readonly swatch: "line" | "block";
  /** Right-aligned text on the legend row, e.g. what one bar covers. */
  readonly aside?: ReactNode;
  /** The series drawn alone, or null when all are drawn. */
  readonly isolated?: string | null;
  /**
   * With this, each entry is a toggle button: pressing one draws its series alone, pressing it again
   * (or Escape, see `useIsolation`) draws them all. Without it (placeholders, embeds) the legend is plain text.
   */
  readonly onIsolate?: (name: string | null) => void;
  /** Adds a key for the dashed previous-period line (compare). */
  readonly previous?: boolean;
}

/** The series names under a chart, in the chart's colours. HTML, so names wrap and can be selected. */
export function ChartLegend({
  items,
  swatch,
  aside,
  isolated = null,
  onIsolate,
  previous,
}: ChartLegendProps) {
  const groups = legendGroups(items);
  const interactive = onIsolate !== undefined && items.length > 1;
  return (
    <div className="flex min-h-7 flex-wrap items-center justify-between gap-x-4 gap-y-1 pt-2 text-xs text-fg-muted">
      <ul className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1">
        {groups.map((group) => (
          <li key={group.label ?? "series"} className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
            {group.label === null ? null : <span className="font-medium text-fg-subtle">{group.label}</span>}
            <ul className="contents">
              {group.items.map((item) => (
                <li key={item.key} className="flex min-w-0">
                  {interactive ? (
                    <button
                      type="button"
                      aria-pressed={isolated === item.name}
                      title={
                        isolated === item.name
                          ? "Show all series (Escape)"
                          : `Show ${item.name} alone; press again or Escape for all`
                      }
                      onClick={() => onIsolate(isolated === item.name ? null : item.name)}
                      className={`flex min-w-0 items-center gap-1.5 rounded px-1 -mx-1 hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-focus aria-pressed:bg-accent-soft aria-pressed:text-fg ${isolated !== null && isolated !== item.name ? "opacity-45" : ""}`}
                    >
                      <Entry item={item} swatch={swatch} />
                    </button>
                  ) : (
                    <span className="flex min-w-0 items-center gap-1.5">
                      <Entry item={item} swatch={swatch} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
        {previous ? (
          <li className="flex items-center gap-1.5" data-testid="legend-previous">
            <span aria-hidden="true" className="w-3.5 border-t-2 border-dashed border-fg-muted" />
            <span>Previous period</span>
          </li>
        ) : null}
      </ul>
      {aside === undefined ? null : <span className="text-fg-subtle">{aside}</span>}
    </div>
  );
}

function Entry({ item, swatch }: { readonly item: LegendItem; readonly swatch: "line" | "block" }) {
  return (
    <>
      <span
        aria-hidden="true"
        className={swatch === "line" ? "h-0.5 w-3 shrink-0 rounded-full" : "size-2.5 shrink-0 rounded-[3px]"}
        style={{ background: item.color }}
      />
      <span className="truncate">{item.name}</span>
    </>
  );
}
