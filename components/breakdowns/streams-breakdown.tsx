"use client";

import { type ReactNode, useEffect, useId, useState } from "react";
import { TableExportMenu } from "@/components/export/table-export-menu";
import { useStreamCostColumns } from "@/components/pricing/use-cost-columns";
import {
  DEFAULT_STREAM_PAGE_SIZE,
  type StreamBreakdownResponse,
  type StreamBreakdownRow,
  type StreamSortKey,
} from "@/lib/api/breakdown-contract";
import { useStreamBreakdown } from "@/lib/api/breakdown-queries";
import { exportColumnsOf } from "@/lib/export/table-columns";
import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";
import { changeLabel } from "./columns";
import { NameFilter } from "./name-filter";
import { SortableTable } from "./sortable-table";
import { STREAM_FIGURES, streamColumns } from "./stream-columns";
import { BreakdownError, TableSkeleton } from "./table-states";
import { useTableSort } from "./use-table-sort";

export interface StreamsBreakdownProps {
  readonly basin: string;
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly compare: boolean;
  readonly search: string;
  /** A slot in the table's header for actions on the table (an export menu). */
  readonly headerAction?: ReactNode;
}

const FILTER_DEBOUNCE_MS = 250;

/**
 * The basin's streams table: filtered by any part of a name, sorted and paged on the server. Sorted by
 * name, only the visible page's streams are fetched; sorted by storage, the server ranks the whole basin
 * once (this shows its progress) and every later page, filter or direction is answered from that ranking.
 */
export function StreamsBreakdown({
  basin,
  range,
  interval,
  compare,
  search,
  headerAction,
}: StreamsBreakdownProps) {
  const titleId = useId();
  const [draft, setDraft] = useState("");
  const [filter, setFilter] = useState("");
  const [page, setPage] = useState(1);
  const { sort, onSort } = useTableSort<StreamSortKey>({ key: "name", direction: "ascending" });
  // A new filter or sort starts again from the first page.
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilter(draft);
      setPage(1);
    }, FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  const sortBy = (key: string) => {
    onSort(key);
    setPage(1);
  };

  const result = useStreamBreakdown(basin, {
    start: range.start,
    end: range.end,
    interval,
    compare,
    sort: sort.key,
    dir: sort.direction === "ascending" ? "asc" : "desc",
    filter: filter.trim() || undefined,
    page,
    size: DEFAULT_STREAM_PAGE_SIZE,
  });
  const data = result.data;
  const sparklineRange = setRequest("stream", "storage", { range, interval, intervalWasAuto: true }).range;
  const figure =
    STREAM_FIGURES.find((f) => f.key === sort.key) ?? (STREAM_FIGURES[2] as (typeof STREAM_FIGURES)[number]);
  // With a price list, an "Est. cost" column (components/pricing); none without one.
  const costColumns = useStreamCostColumns<StreamBreakdownRow>();
  const columns = [
    ...streamColumns({
      basin,
      search,
      sparklineRange,
      change: compare ? { figure: figure.key, label: changeLabel(figure.label, range) } : null,
    }),
    ...costColumns,
  ];

  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-border bg-surface p-4">
      <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <h2 id={titleId} className="text-sm font-semibold text-fg">
          Streams
          {data?.status === "ready" ? (
            <span className="ml-2 text-xs font-normal text-fg-muted">
              {data.streams.toLocaleString("en-US")} in this basin
            </span>
          ) : null}
        </h2>
        <div className="flex items-center gap-2">
          <NameFilter
            label="Filter by name"
            value={draft}
            onChange={setDraft}
            placeholder="any part of a name"
            width="w-40 sm:w-48"
          />
          {headerAction}
          {/* The page of streams on screen, as CSV or JSON (components/export). */}
          {data?.status === "ready" ? (
            <TableExportMenu
              name={`Streams of ${basin}`}
              file={{ basin, set: "streams", range, interval }}
              columns={exportColumnsOf(columns, { name: (row) => row.name })}
              rows={data.rows}
            />
          ) : null}
        </div>
      </div>
      <TableBody
        data={data}
        result={result}
        render={(ready) => (
          <>
            <SortableTable
              caption={`Streams of ${basin}, with their storage over the range`}
              columns={columns}
              rows={ready.rows}
              rowKey={(row) => row.name}
              sort={sort}
              onSort={sortBy}
              testId="stream-list"
              busy={result.isPlaceholderData}
            />
            {ready.rows.length === 0 ? (
              <p className="py-2 text-sm text-fg-muted">
                {filter.trim() ? `No stream names contain “${filter.trim()}”.` : "No streams to show."}
              </p>
            ) : null}
            <div className="mt-3 flex items-center justify-between text-xs text-fg-muted">
              <span>
                Page {ready.page} of {ready.pages}
                {filter.trim() ? ` · ${ready.total.toLocaleString("en-US")} matching` : ""}
              </span>
              <div className="flex gap-2">
                <button
                  type="button"
                  onClick={() => setPage(ready.page - 1)}
                  disabled={ready.page <= 1}
                  className="rounded-md border border-border px-2 py-1 disabled:opacity-40"
                >
                  Previous
                </button>
                <button
                  type="button"
                  onClick={() => setPage(ready.page + 1)}
                  disabled={ready.page >= ready.pages}
                  className="rounded-md border border-border px-2 py-1 disabled:opacity-40"
                >
                  Next
                </button>
              </div>
            </div>
          </>
        )}
      />
    </section>
  );
}

type Ready = Extract<StreamBreakdownResponse, { status: "ready" }>;

function TableBody({
  data,
  result,
  render,
}: {
  readonly data: StreamBreakdownResponse | undefined;
  readonly result: ReturnType<typeof useStreamBreakdown>;
  readonly render: (ready: Ready) => ReactNode;
}) {
  if (result.error && (data === undefined || result.isPlaceholderData)) {
    return <BreakdownError noun="streams table" error={result.error} onRetry={() => void result.refetch()} />;
  }
  if (data === undefined) return <TableSkeleton />;
  if (data.status === "ranking") return <RankingProgress done={data.done} total={data.total} />;
  return <>{render(data)}</>;
}

/** While the server ranks every stream of the basin by storage. */
function RankingProgress({ done, total }: { readonly done: number; readonly total: number }) {
  return (
    <div role="status" className="flex flex-col gap-2 py-4" data-testid="ranking-progress">
      <p className="text-sm text-fg">
        Sorting every stream by storage…{" "}
        <span className="tabular-nums text-fg-muted">
          {total > 0
            ? `${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} streams`
            : "listing streams"}
        </span>
      </p>
      {/* Drawn, not a native <progress>: its colours follow the theme in every browser. */}
      <div
        role="progressbar"
        aria-label="Streams ranked"
        aria-valuemin={0}
        aria-valuemax={Math.max(1, total)}
        aria-valuenow={done}
        className="h-2 w-full overflow-hidden rounded bg-surface-muted"
      >
        <div
          className="h-full rounded bg-accent transition-[width]"
          style={{ width: `${total > 0 ? (100 * done) / total : 0}%` }}
        />
      </div>
    </div>
  );
}
