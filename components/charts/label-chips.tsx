"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { compareNames } from "@/lib/chart-data/series-colors";
import type { LabelMetric } from "@/lib/s2/contract";

export interface LabelChipsProps {
  readonly metric: LabelMetric;
  /** Makes each chip a link, e.g. an active basin to `/basins/<name>`. Values are arbitrary strings: encode them. */
  readonly hrefFor?: (value: string) => string;
  /** Chips shown before "Show all"; a large account can have thousands of active basins. */
  readonly initialLimit?: number;
  readonly emptyText?: string;
  /** Words for the count above the chips: "12 basins" reads better than "12 values". */
  readonly countNoun?: { readonly one: string; readonly many: string };
}

const CHIP =
  "inline-flex max-w-full items-center rounded-full border border-border bg-surface-muted px-2.5 py-1 font-mono text-xs text-fg";
const LINK_CHIP = `${CHIP} transition-colors hover:border-accent hover:bg-accent-soft hover:text-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus`;

/** A label metric's values as chips (sorted, so the order does not change between refreshes). */
const VALUES = { one: "value", many: "values" } as const;

export function LabelChips({
  metric,
  hrefFor,
  initialLimit = 60,
  emptyText = "None in this range",
  countNoun = VALUES,
}: LabelChipsProps) {
  const [showAll, setShowAll] = useState(false);
  const values = useMemo(() => [...new Set(metric.values)].sort(compareNames), [metric.values]);
  if (values.length === 0) return <p className="text-sm text-fg-subtle">{emptyText}</p>;
  const shown = showAll ? values : values.slice(0, initialLimit);
  return (
    <div>
      <p className="mb-2 text-xs text-fg-muted tabular-nums">
        {values.length} {values.length === 1 ? countNoun.one : countNoun.many}
      </p>
      <ul className="flex flex-wrap gap-1.5" data-testid="label-chips" data-label={metric.name}>
        {shown.map((value) => (
          <li key={value} className="max-w-full">
            {hrefFor ? (
              <Link href={hrefFor(value)} className={LINK_CHIP} prefetch={false}>
                <span className="truncate">{value}</span>
              </Link>
            ) : (
              <span className={CHIP}>
                <span className="truncate">{value}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
      {values.length > shown.length ? (
        <button
          type="button"
          onClick={() => setShowAll(true)}
          className="mt-2 rounded text-xs font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-focus"
        >
          Show all {values.length}
        </button>
      ) : null}
    </div>
  );
}
