"use client";

import { useMemo } from "react";
import { type MetricsTarget, useMetrics } from "@/lib/api/queries";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import { exportRows } from "@/lib/export/export-rows";
import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { BucketTable } from "./bucket-table";

export interface PanelTableProps {
  readonly title: string;
  readonly target: MetricsTarget;
  readonly set: string;
  /** The set's own window and interval, as the chart asked them. */
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly now: number;
  readonly zone: string | undefined;
}

/**
 * A panel's table view: the set at full resolution (the chart's answer may be reduced to its width; a
 * short range is the same request, so it comes from the query cache), shaped by `exportRows`, the one
 * shaping the CSV uses, so the table, the CSV and the JSON hold the same rows.
 */
export function PanelTable({ title, target, set, range, interval, now, zone }: PanelTableProps) {
  const result = useMetrics(target, { set, ...range, interval });
  const rows = useMemo(
    () =>
      result.data === undefined
        ? null
        : exportRows(splitMetricsByType(result.data.values), { range, now, interval, zone }),
    [result.data, range, now, interval, zone],
  );
  if (rows === null) {
    return (
      <p
        className="rounded-lg border border-border px-3 py-6 text-center text-xs text-fg-muted"
        role="status"
      >
        {result.error ? `Could not load the table: ${result.error.message}` : "Loading the table…"}
      </p>
    );
  }
  return <BucketTable title={title} rows={rows} range={range} zone={zone} />;
}
