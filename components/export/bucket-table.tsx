"use client";

import { useId, useState } from "react";
import type { ExportRow } from "@/lib/export/export-rows";
import { rowPeriodText, rowRateText, rowValueText } from "@/lib/export/row-text";
import { tablePage } from "@/lib/export/table-page";
import { isSameDay } from "@/lib/format/time-labels";
import type { EpochRange } from "@/lib/time-range/epoch-range";

export interface BucketTableProps {
  /** The chart's title: the table's caption, so it is announced as the same thing. */
  readonly title: string;
  /** The rows the CSV holds (`exportRows`), buckets and readings first, summary rows last. */
  readonly rows: readonly ExportRow[];
  readonly range: EpochRange;
  readonly zone: string | undefined;
}

const CELL = "px-2 py-1.5 text-left align-top";
const PAGER_BUTTON =
  "h-7 rounded-md border border-border bg-surface px-2 text-xs font-medium text-fg hover:bg-surface-muted disabled:cursor-not-allowed disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";

/**
 * The chart as a table: the accessible twin of the bars and lines. A real `<table>` with the chart's
 * title as caption, each row headed by its period (`th scope="row"`), values worded as the tooltips
 * word them ("no data" is not 0, a partial bucket says so), and the stat cards' figures in the footer.
 * Long ranges are paged (100 rows a page: a month by minute is 432 pages), never all in the DOM.
 */
export function BucketTable({ title, rows, range, zone }: BucketTableProps) {
  const [page, setPage] = useState(0);
  const statusId = useId();
  const data = rows.filter((row) => row.kind === "bucket" || row.kind === "reading");
  const summary = rows.filter((row) => row.kind === "summary");
  const shown = tablePage(data.length, page);
  const withDate = !isSameDay(range.start, range.end - 1, zone);
  const many = shown.pageCount > 1;
  // Bars are drawn per second by default: their table gives each bucket's rate beside its total.
  const rates = data.some((row) => row.kind === "bucket");
  return (
    <div className="min-w-0">
      <div className="max-h-[28rem] overflow-auto rounded-lg border border-border">
        <table
          className="w-full border-collapse text-xs tabular-nums"
          aria-describedby={many ? statusId : undefined}
        >
          <caption className="sr-only">{title}</caption>
          <thead className="sticky top-0 bg-surface-muted text-fg-muted">
            <tr>
              <th scope="col" className={CELL}>
                Period
              </th>
              <th scope="col" className={CELL}>
                Series
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                Value
              </th>
              {rates ? (
                <th scope="col" className={`${CELL} text-right`}>
                  Per second
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-border text-fg">
            {data.slice(shown.from, shown.to).map((row) => (
              <tr key={`${row.series}\u0000${row.start}`} data-partial={row.partial || undefined}>
                <th scope="row" className={`${CELL} font-normal whitespace-nowrap`}>
                  {rowPeriodText(row, zone, withDate)}
                  {row.partial ? <span className="ml-1 text-fg-subtle">(partial)</span> : null}
                </th>
                <td className={`${CELL} break-all`}>{row.series}</td>
                <td
                  className={`${CELL} text-right whitespace-nowrap ${row.value === null ? "text-fg-subtle" : ""}`}
                >
                  {rowValueText(row)}
                </td>
                {rates ? (
                  <td className={`${CELL} text-right whitespace-nowrap text-fg-muted`}>{rowRateText(row)}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
          {summary.length > 0 ? (
            <tfoot className="border-t-2 border-border-strong bg-surface-muted text-fg">
              {summary.map((row) => (
                <tr key={`${row.series}\u0000${row.statistic}`}>
                  <th scope="row" className={`${CELL} font-medium`}>
                    <span className="capitalize">{row.statistic}</span>
                  </th>
                  <td className={`${CELL} break-all`}>{row.series === "" ? "All series" : row.series}</td>
                  <td className={`${CELL} text-right font-medium whitespace-nowrap`}>{rowValueText(row)}</td>
                  {rates ? <td className={CELL} /> : null}
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
      {many ? (
        <nav aria-label={`${title} table pages`} className="mt-2 flex flex-wrap items-center gap-1.5">
          <button
            type="button"
            className={PAGER_BUTTON}
            disabled={shown.page === 0}
            onClick={() => setPage(0)}
          >
            First
          </button>
          <button
            type="button"
            className={PAGER_BUTTON}
            disabled={shown.page === 0}
            onClick={() => setPage(shown.page - 1)}
          >
            Previous
          </button>
          <span id={statusId} className="px-1 text-xs text-fg-muted" aria-live="polite">
            Rows {(shown.from + 1).toLocaleString("en-US")}–{shown.to.toLocaleString("en-US")} of{" "}
            {data.length.toLocaleString("en-US")}
          </span>
          <button
            type="button"
            className={PAGER_BUTTON}
            disabled={shown.page === shown.pageCount - 1}
            onClick={() => setPage(shown.page + 1)}
          >
            Next
          </button>
          <button
            type="button"
            className={PAGER_BUTTON}
            disabled={shown.page === shown.pageCount - 1}
            onClick={() => setPage(shown.pageCount - 1)}
          >
            Last
          </button>
        </nav>
      ) : null}
    </div>
  );
}
