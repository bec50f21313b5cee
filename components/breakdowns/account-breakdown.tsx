"use client";

import { type ReactNode, useId, useMemo, useState } from "react";
import { TableExportMenu } from "@/components/export/table-export-menu";
import { FigureCostLine } from "@/components/pricing/figure-cost-line";
import { useBasinCostColumns } from "@/components/pricing/use-cost-columns";
import { StatCard } from "@/components/stats/stat-card";
import type { BasinBreakdownRow } from "@/lib/api/breakdown-contract";
import { useBasinBreakdown } from "@/lib/api/breakdown-queries";
import { accountSummary } from "@/lib/breakdown/rows";
import { filterByName, sortRows } from "@/lib/breakdown/table";
import { exportColumnsOf } from "@/lib/export/table-columns";
import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";
import { BASIN_FIGURES, basinColumns, basinSortValue, changeFigure } from "./basin-columns";
import { changeLabel } from "./columns";
import { NameFilter } from "./name-filter";
import { SortableTable } from "./sortable-table";
import { BreakdownError, TableSkeleton } from "./table-states";
import { useTableSort } from "./use-table-sort";

export interface AccountBreakdownProps {
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly compare: boolean;
  /** The view's search string, kept by every basin link. */
  readonly search: string;
  /** A slot in the table's header for actions on the table (an export menu). */
  readonly headerAction?: ReactNode;
}

/**
 * The account's summary row and its basins table: one row per basin with the figures its own page shows
 * for the same range, top consumers (storage over the range) first.
 */
export function AccountBreakdown({ range, interval, compare, search, headerAction }: AccountBreakdownProps) {
  const titleId = useId();
  const result = useBasinBreakdown({ start: range.start, end: range.end, interval, compare });
  const { sort, onSort } = useTableSort({ key: "storageByteHours", direction: "descending" });
  const rows = result.data?.rows;
  const [filter, setFilter] = useState("");
  // Every basin is in the answer, so filtering and sorting happen here, as the user types.
  const sorted = useMemo(
    () => (rows ? sortRows(filterByName(rows, filter), basinSortValue, sort) : []),
    [rows, filter, sort],
  );
  const summary = useMemo(() => (rows ? accountSummary(rows) : null), [rows]);
  // The storage sparklines span the storage set's own window (hourly), as the basin's chart does.
  const sparklineRange = setRequest("basin", "storage", { range, interval, intervalWasAuto: true }).range;
  const figure = changeFigure(sort.key);
  const figureLabel = BASIN_FIGURES.find((f) => f.figure === figure)?.label ?? "";
  // With a price list, an "Est. cost" column and cost lines on the summary (components/pricing).
  const costColumns = useBasinCostColumns<BasinBreakdownRow>();
  const columns = [
    ...basinColumns({
      search,
      sparklineRange,
      change: compare ? { figure, label: changeLabel(figureLabel, range) } : null,
    }),
    ...costColumns,
  ];

  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="account-summary">
        {BASIN_FIGURES.map((f) => {
          const value = summary?.[f.figure] ?? null;
          return (
            <StatCard
              key={f.column}
              label={f.label}
              value={summary === null ? "…" : value === null ? "no data" : f.format(value)}
              empty={summary !== null && value === null}
              detail={f.description}
              testId={`summary-${f.column}`}
              rawValue={value}
              costLine={<FigureCostLine figure={f.figure} figures={summary} />}
            />
          );
        })}
      </div>
      <div className="rounded-xl border border-border bg-surface p-4">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id={titleId} className="text-sm font-semibold text-fg">
            Basins
          </h2>
          <div className="flex items-center gap-2">
            {rows ? (
              <span className="text-xs text-fg-muted">
                {filter.trim() ? `${sorted.length} of ${rows.length}` : rows.length} basins
              </span>
            ) : null}
            <NameFilter
              label="Filter basins by name"
              labelHidden
              value={filter}
              onChange={setFilter}
              placeholder="filter by name"
              width="w-36"
            />
            {headerAction}
            {/* The table as sorted and filtered on screen, as CSV or JSON (components/export). */}
            <TableExportMenu
              name="Basins"
              file={{ set: "basins", range, interval }}
              columns={exportColumnsOf(columns, { name: (row) => row.name })}
              rows={sorted}
            />
          </div>
        </div>
        {result.error && !rows ? (
          <BreakdownError noun="basins table" error={result.error} onRetry={() => void result.refetch()} />
        ) : rows === undefined ? (
          <TableSkeleton />
        ) : (
          <SortableTable
            caption="Basins, with their storage, traffic and operations over the range"
            columns={columns}
            rows={sorted}
            rowKey={(row) => row.name}
            sort={sort}
            onSort={onSort}
            testId="basin-list"
            busy={result.isPlaceholderData}
          />
        )}
        {rows && sorted.length === 0 ? (
          <p className="py-2 text-sm text-fg-muted">No basin names contain “{filter.trim()}”.</p>
        ) : null}
      </div>
    </section>
  );
}
