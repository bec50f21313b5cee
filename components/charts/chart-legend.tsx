import type { ReactNode } from "react";

export interface LegendItem {
  readonly key: string;
  readonly name: string;
  /** A CSS colour, `var(--chart-n)`. */
  readonly color: string;
}

export interface ChartLegendProps {
  readonly items: readonly LegendItem[];
  /** A swatch that looks like what the chart draws: a line for gauges, a block for bars. */
  readonly swatch: "line" | "block";
  /** Right-aligned text on the legend row, e.g. what one bar covers. */
  readonly aside?: ReactNode;
}

/** The series names under a chart, in the chart's colours. HTML, so names wrap and can be selected. */
export function ChartLegend({ items, swatch, aside }: ChartLegendProps) {
  return (
    <div className="flex min-h-7 flex-wrap items-center justify-between gap-x-4 gap-y-1 pt-2 text-xs text-fg-muted">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {items.map((item) => (
          <li key={item.key} className="flex min-w-0 items-center gap-1.5">
            <span
              aria-hidden="true"
              className={swatch === "line" ? "h-0.5 w-3 rounded-full" : "size-2.5 rounded-[3px]"}
              style={{ background: item.color }}
            />
            <span className="truncate">{item.name}</span>
          </li>
        ))}
      </ul>
      {aside === undefined ? null : <span className="text-fg-subtle">{aside}</span>}
    </div>
  );
}
