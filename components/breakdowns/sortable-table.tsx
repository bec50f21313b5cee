"use client";

import type { ReactNode } from "react";
import type { SortDirection, SortSpec } from "@/lib/breakdown/table";

/**
 * A column of a breakdown table, declared as data so that new columns (cost, from the price list) are one
 * more entry: its header, its cell, and whether the table can be sorted by it.
 */
export interface TableColumn<R> {
  readonly key: string;
  readonly label: string;
  /** Said to screen readers and shown on hover: what the figure is, exactly. */
  readonly description?: string;
  readonly numeric?: boolean;
  readonly sortable?: boolean;
  readonly cell: (row: R) => ReactNode;
  /** The raw number behind the cell (tests, copying exact figures). */
  readonly raw?: (row: R) => number | null;
}

export interface SortableTableProps<R> {
  readonly caption: string;
  readonly columns: readonly TableColumn<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  readonly sort: SortSpec;
  readonly onSort: (key: string) => void;
  readonly testId: string;
  /** Dims the rows while a new answer loads, keeping their place. */
  readonly busy?: boolean;
}

const ARIA_SORT: Record<SortDirection, "ascending" | "descending"> = {
  ascending: "ascending",
  descending: "descending",
};

/**
 * A table sortable by its column headers: each sortable header is a button (keyboard reachable) and the
 * sorted column carries `aria-sort`. Wide tables scroll inside their frame, never the page (375 px).
 */
export function SortableTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  testId,
  busy,
}: SortableTableProps<R>) {
  return (
    <div className="-mx-4 overflow-x-auto px-4">
      <table
        className={`w-full border-collapse text-sm ${busy ? "opacity-60" : ""}`}
        aria-busy={busy || undefined}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-xs text-fg-muted">
            {columns.map((column) => {
              const sorted = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sorted ? ARIA_SORT[sort.direction] : undefined}
                  className={`whitespace-nowrap px-2 py-2 font-medium first:pl-0 ${column.numeric ? "text-right" : "text-left"}`}
                  title={column.description}
                >
                  {column.sortable ? (
                    <button
                      type="button"
                      onClick={() => onSort(column.key)}
                      className={`inline-flex items-center gap-1 rounded hover:text-fg focus-visible:outline-2 focus-visible:outline-focus ${sorted ? "text-fg" : ""}`}
                    >
                      {/* The arrow sits on the cells' far side, so right-aligned labels line up with figures. */}
                      <span
                        aria-hidden="true"
                        className={`w-2 text-[10px] ${column.numeric ? "order-first" : "order-last"}`}
                      >
                        {sorted ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
                      </span>
                      {column.label}
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody data-testid={testId} className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={rowKey(row)} data-row={rowKey(row)}>
              {columns.map((column) => {
                const raw = column.raw?.(row);
                return (
                  <td
                    key={column.key}
                    data-column={column.key}
                    data-value={raw ?? undefined}
                    className={`px-2 py-2 first:pl-0 ${column.numeric ? "whitespace-nowrap text-right tabular-nums" : "max-w-64 min-w-0"}`}
                  >
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
