"use client";

import Link from "next/link";
import { useEffect, useId, useState } from "react";
import type { ApiError } from "@/lib/api/api-error";
import { formatDate } from "@/lib/format/time-labels";
import { type PagerState, pageNumber, withPrefix } from "@/lib/view/pager";

export interface NameItem {
  readonly name: string;
  readonly created_at: string;
  readonly deleted_at?: string | null;
}

export interface PagedNameListProps {
  readonly title: string;
  readonly noun: string;
  readonly testId: string;
  readonly items: readonly NameItem[] | undefined;
  /** The listing query: whether more pages follow, its error, loading state and refetch. */
  readonly result: {
    readonly data?: { readonly has_more: boolean };
    readonly error: ApiError | null;
    readonly isPending: boolean;
    readonly refetch: () => unknown;
  };
  readonly pager: PagerState;
  readonly onPager: (next: PagerState) => void;
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  readonly hrefFor: (name: string) => string;
  readonly zone: string | undefined;
  readonly filterHint?: string;
}

const FILTER_DEBOUNCE_MS = 250;

/** A listing with a prefix filter and cursor paging; deleted entries are marked, not hidden. */
export function PagedNameList(props: PagedNameListProps) {
  const { title, noun, testId, items, result, pager, onPager, zone } = props;
  const { error, isPending } = result;
  const hasMore = result.data?.has_more ?? false;
  const filterId = useId();
  const [draft, setDraft] = useState(pager.prefix);
  useEffect(() => {
    const timer = setTimeout(() => onPager(withPrefix(pager, draft)), FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, pager, onPager]);

  return (
    <section aria-labelledby={`${filterId}-title`} className="rounded-xl border border-border bg-surface p-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <h2 id={`${filterId}-title`} className="text-sm font-semibold text-fg">
          {title}
        </h2>
        <div className="flex items-center gap-2">
          <label htmlFor={filterId} className="text-xs text-fg-muted">
            Filter by prefix
          </label>
          <input
            id={filterId}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={props.filterHint ?? "prefix"}
            className="h-8 w-44 rounded-lg border border-border bg-surface px-2 font-mono text-xs text-fg placeholder:text-fg-subtle focus-visible:outline-2 focus-visible:outline-focus"
          />
        </div>
      </div>
      {error ? (
        <div
          role="alert"
          className="mt-3 rounded-lg border border-danger-border bg-danger-soft p-3 text-sm text-danger"
        >
          <p>
            The {noun} list could not be loaded: {error.message}
          </p>
          <button
            type="button"
            onClick={() => void result.refetch()}
            className="mt-2 rounded-md border border-danger-border px-2 py-1 text-xs"
          >
            Retry
          </button>
        </div>
      ) : isPending ? (
        <ul className="mt-3 flex flex-col gap-2" aria-busy="true">
          {[0, 1, 2, 3].map((i) => (
            <li key={i} className="h-5 animate-pulse rounded bg-skeleton" />
          ))}
        </ul>
      ) : (
        <ul data-testid={testId} className="mt-3 divide-y divide-border">
          {(items ?? []).map((item) => (
            <li key={item.name} className="flex items-center justify-between gap-3 py-2 text-sm">
              <Link
                href={props.hrefFor(item.name)}
                className="min-w-0 truncate font-mono text-accent hover:underline"
              >
                {item.name}
              </Link>
              <span className="shrink-0 text-xs text-fg-subtle">
                {item.deleted_at ? (
                  <span className="rounded bg-danger-soft px-1.5 py-0.5 text-danger">deleted</span>
                ) : (
                  `created ${formatDate(Date.parse(item.created_at) / 1000, zone)}`
                )}
              </span>
            </li>
          ))}
          {items?.length === 0 ? (
            <li className="py-2 text-sm text-fg-muted">
              {pager.prefix ? `No ${noun}s start with “${pager.prefix}”.` : `No ${noun}s to show.`}
            </li>
          ) : null}
        </ul>
      )}
      <div className="mt-3 flex items-center justify-between text-xs text-fg-muted">
        <span>Page {pageNumber(pager)}</span>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={props.onPrevious}
            disabled={pager.cursors.length === 0}
            className="rounded-md border border-border px-2 py-1 disabled:opacity-40"
          >
            Previous
          </button>
          <button
            type="button"
            onClick={props.onNext}
            disabled={!hasMore}
            className="rounded-md border border-border px-2 py-1 disabled:opacity-40"
          >
            Next
          </button>
        </div>
      </div>
    </section>
  );
}
