"use client";

import { ChartIcon, TableIcon } from "@/components/ui/icons";

export type PanelView = "chart" | "table";

export interface ChartTableSwitchProps {
  readonly view: PanelView;
  readonly onChange: (view: PanelView) => void;
  /** The chart's title, for the button's accessible name. */
  readonly name: string;
}

/**
 * The chart/table switch of a panel's header: one toggle button (`aria-pressed` = the table is shown),
 * icon-only to fit beside the title at 375 px, named for screen readers.
 */
export function ChartTableSwitch({ view, onChange, name }: ChartTableSwitchProps) {
  const table = view === "table";
  return (
    <button
      type="button"
      aria-pressed={table}
      aria-label={`Show ${name} as a table`}
      title={table ? "Show as chart" : "Show as table"}
      onClick={() => onChange(table ? "chart" : "table")}
      className={`flex size-7 shrink-0 items-center justify-center rounded-md hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${
        table ? "bg-surface-muted text-fg" : "text-fg-subtle"
      }`}
    >
      {table ? <ChartIcon /> : <TableIcon />}
    </button>
  );
}
