"use client";

import { useMemo } from "react";
import { DIMENSION_LABELS, formatQuantity, formatUtcMonth } from "@/lib/pricing/format-cost";
import { monthRequestRange, monthWindow, RECENT_FULL_DAYS } from "@/lib/pricing/month-projection";
import type { PriceList } from "@/lib/pricing/price-list";
import { alignDown } from "@/lib/time-range/epoch-range";
import { CostEstimate, ESTIMATE_NOTE } from "./cost-estimate";
import { usePrices } from "./prices-context";
import { useMonthEstimate } from "./use-month-estimate";

/** The estimate moves with the view's clock, in steps of this, so an auto-refresh does not refetch it every time. */
const CLOCK_STEP_SECONDS = 300;

/**
 * The account's estimated cost this calendar month (UTC) so far, and projected to the month's end, with
 * the method written beside it. Shown only with a price list.
 */
export function MonthToDateCosts({ now }: { readonly now: number }) {
  const prices = usePrices();
  if (prices === null) return null;
  return <MonthToDateBody prices={prices} now={alignDown(now, CLOCK_STEP_SECONDS)} />;
}

function MonthToDateBody({ prices, now }: { readonly prices: PriceList; readonly now: number }) {
  const window = useMemo(() => monthWindow(now), [now]);
  const range = useMemo(() => monthRequestRange(window), [window]);
  // The server fans out over every basin (no cap) and answers with the priced totals.
  const month = useMonthEstimate(now);
  const estimate = month.data ?? EMPTY_ESTIMATE;
  const monthName = formatUtcMonth(month.data?.monthStart ?? window.monthStart);
  const loading = month.isPending;
  const error = month.error;
  const unavailable = month.data?.unavailable ?? 0;

  return (
    <section
      aria-labelledby="month-costs-title"
      data-testid="month-costs"
      className="min-w-0 rounded-xl border border-border bg-surface p-4 shadow-xs sm:p-5"
    >
      <header className="mb-3">
        <h2 id="month-costs-title" className="text-sm font-semibold text-fg">
          Estimated cost, {monthName}
        </h2>
        <p className="mt-0.5 text-xs text-fg-muted">
          Calendar month in UTC, every basin this token can list
          {unavailable > 0
            ? ` (${unavailable} of ${month.data?.basins} without figures: outside the token's scope or gone)`
            : ""}
        </p>
      </header>
      {error ? (
        <div role="alert" className="rounded-md border border-danger-border bg-danger-soft px-3 py-2 text-sm">
          <span className="font-medium text-danger">Couldn't estimate this month:</span> {error.message}{" "}
          <button
            type="button"
            onClick={() => void month.refetch()}
            className="ml-1 rounded-md border border-border-strong bg-surface px-2 py-0.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
          >
            Retry
          </button>
        </div>
      ) : (
        <div aria-busy={loading} className="grid gap-3 sm:grid-cols-2">
          <MonthFigure
            label="Month to date"
            testId="month-to-date"
            amount={loading ? undefined : estimate.monthToDate.total}
            currency={prices.currency}
          />
          <MonthFigure
            label={`Projected for ${monthName}`}
            testId="month-projection"
            amount={loading ? undefined : estimate.projected.total}
            currency={prices.currency}
          />
        </div>
      )}
      {!loading && !error && estimate.projected.lines.length > 0 ? (
        <table className="mt-3 w-full table-fixed text-xs">
          <caption className="sr-only">Estimated cost by billed dimension, {monthName}</caption>
          <thead className="text-left text-fg-subtle">
            <tr>
              <th scope="col" className="w-[34%] py-1 font-normal">
                Dimension
              </th>
              <th scope="col" className="py-1 font-normal">
                To date
              </th>
              <th scope="col" className="py-1 font-normal">
                Projected
              </th>
            </tr>
          </thead>
          <tbody className="text-fg">
            {estimate.projected.lines.map((line) => {
              const toDate = estimate.monthToDate.lines.find((l) => l.kind === line.kind);
              return (
                <tr key={line.kind} className="border-t border-border align-top">
                  <th scope="row" className="py-1 pr-2 text-left font-normal break-words">
                    {DIMENSION_LABELS[line.kind]}
                  </th>
                  <td className="py-1 pr-2 break-words">
                    {toDate ? (
                      <>
                        <CostEstimate amount={toDate.cost} currency={prices.currency} />
                        <span className="block text-fg-subtle">
                          {formatQuantity(line.kind, toDate.quantity)}
                        </span>
                      </>
                    ) : (
                      <span className="text-fg-subtle italic">no data</span>
                    )}
                  </td>
                  <td className="py-1 break-words">
                    <CostEstimate amount={line.cost} currency={prices.currency} />
                    <span className="block text-fg-subtle">{formatQuantity(line.kind, line.quantity)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <p className="mt-3 text-xs text-fg-subtle" data-testid="month-method">
        Method: month to date sums this UTC month's day buckets (storage: its hourly readings, time-weighted,
        in GiB-months of 730 GiB-hours). The projection adds, for the days left, operations and bytes at their
        average daily rate over the last {RECENT_FULL_DAYS} whole days, and storage held at its current level.{" "}
        {ESTIMATE_NOTE}
        {range.complete ? "" : " The month's first day is not included (a range limit)."}
      </p>
    </section>
  );
}

const NO_COSTS = { lines: [], total: null } as const;
const EMPTY_ESTIMATE = { monthToDate: NO_COSTS, projected: NO_COSTS };

function MonthFigure({
  label,
  testId,
  amount,
  currency,
}: {
  readonly label: string;
  readonly testId: string;
  /** Undefined while loading; null when nothing priced had data. */
  readonly amount: number | null | undefined;
  readonly currency: string;
}) {
  return (
    <div
      className="min-w-0 rounded-lg border border-border bg-surface-muted/50 px-3 py-2.5"
      data-testid={testId}
    >
      <p className="text-xs text-fg-muted">{label}</p>
      <p className="text-xl font-semibold tracking-tight text-fg">
        {amount === undefined ? (
          <span
            aria-hidden="true"
            className="skeleton-pulse inline-block h-6 w-24 rounded bg-skeleton align-middle"
          />
        ) : amount === null ? (
          <span className="font-normal text-fg-subtle italic">no data</span>
        ) : (
          <CostEstimate amount={amount} currency={currency} />
        )}
      </p>
    </div>
  );
}
