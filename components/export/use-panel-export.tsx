"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import type { MetricsByType } from "@/lib/chart-data/split-metrics";
import type { Interval, Level } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { ChartTableSwitch, type PanelView } from "./chart-table-switch";
import { ExportMenu } from "./export-menu";
import { useExportTarget } from "./use-export-target";

// The table view (its rows, pager and formatters) loads when a reader first switches to it, not with the page.
const PanelTable = dynamic(() => import("./panel-table").then((m) => m.PanelTable), { ssr: false });

export interface PanelExportInput {
  readonly title: string;
  readonly level: Level;
  readonly set: string;
  /** The set's own window and interval (as the chart asked them). */
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly now: number;
  readonly zone: string | undefined;
  /** The loaded set; null while loading or failed (the menu still exports the window). */
  readonly metrics: MetricsByType | null;
}

export interface PanelExport {
  /** The header's Table switch and Export menu; null where the panel has no view to export from. */
  readonly actions: ReactNode;
  /** The table to show instead of the charts, when switched to it. */
  readonly table: ReactNode | undefined;
}

/**
 * A metric panel's export parts, kept here so the panel itself only places them: the Export menu for
 * the set on screen, and for sets drawn as charts a switch between the charts and their table.
 */
export function usePanelExport(input: PanelExportInput): PanelExport {
  const target = useExportTarget(input.level);
  const [view, setView] = useState<PanelView>("chart");
  if (target === null) return { actions: null, table: undefined };
  const { metrics, set, range, interval, zone, title } = input;
  const charted = metrics !== null && metrics.gauges.length + metrics.accumulations.length > 0;
  const usesInterval = set !== "active-basins";
  const actions = (
    <div className="ml-auto flex shrink-0 items-center gap-0.5">
      {charted ? <ChartTableSwitch view={view} onChange={setView} name={title} /> : null}
      <ExportMenu
        target={target}
        set={set}
        range={range}
        {...(usesInterval ? { interval } : {})}
        zone={zone}
        name={title}
      />
    </div>
  );
  const table =
    charted && view === "table" ? (
      <PanelTable
        title={title}
        target={target}
        set={set}
        range={range}
        interval={interval}
        now={input.now}
        zone={zone}
      />
    ) : undefined;
  return { actions, table };
}
