import type { ReactNode } from "react";
import type { ChangeText } from "@/lib/format/period-change";

export interface StatCardProps {
  readonly label: string;
  /** The formatted value; "no data" is shown dimmed so it never reads as a number. */
  readonly value: string;
  readonly detail?: string | null;
  /** A series colour, `var(--chart-n)`, to tie the card to its line or bars. */
  readonly color?: string | null;
  readonly empty?: boolean;
  readonly testId?: string;
  /** The raw number behind the value, for tests and for copying exact figures; omitted when none. */
  readonly rawValue?: number | null;
  readonly series?: string | null;
  /** An estimated cost under the value (components/pricing), when a price list is configured. */
  readonly costLine?: ReactNode;
  /** With compare on: the change from the previous period ("+12 % vs previous 24 h"). */
  readonly change?: ChangeText | null;
}

/** One figure with its label and a line of context ("reading at 14:00", "45 of 60 minutes had data"). */
export function StatCard({
  label,
  value,
  detail,
  color,
  empty,
  testId,
  rawValue,
  series,
  costLine,
  change,
}: StatCardProps) {
  return (
    <div
      className="flex min-h-[5.5rem] min-w-0 flex-col justify-between rounded-lg border border-border bg-surface-muted/50 px-3 py-2.5"
      data-testid={testId}
      data-value={rawValue ?? undefined}
      data-series={series ?? undefined}
    >
      <p className="flex min-w-0 items-center gap-1.5 text-xs text-fg-muted">
        {color ? (
          <span aria-hidden="true" className="size-2 shrink-0 rounded-[2px]" style={{ background: color }} />
        ) : null}
        <span className="truncate">{label}</span>
      </p>
      <p
        className={`truncate text-xl font-semibold tracking-tight tabular-nums ${empty ? "font-normal text-fg-subtle italic" : "text-fg"}`}
        title={rawValue === null || rawValue === undefined ? undefined : String(rawValue)}
      >
        {value}
      </p>
      {costLine}
      {change ? <ChangeLine change={change} /> : null}
      {/* Two lines at most: on a phone a card is ~150 px and "data in 1221 of 1440 min" must not be cut. */}
      {detail ? (
        <p className="line-clamp-2 text-xs text-fg-subtle">{detail}</p>
      ) : (
        <p aria-hidden="true" className="h-4" />
      )}
    </div>
  );
}

const ARROWS = { up: "\u25B2", down: "\u25BC", flat: "\u25AC" } as const;

/**
 * The change from the previous period. Neutral colour: more storage or operations is neither good nor
 * bad in itself; the arrow gives the direction at a glance and the words say it for screen readers.
 */
function ChangeLine({ change }: { readonly change: ChangeText }) {
  return (
    <p
      className="flex min-w-0 items-center gap-1 text-xs text-fg-muted tabular-nums"
      data-testid="stat-change"
      data-direction={change.direction ?? undefined}
    >
      {change.direction === null ? null : (
        <span aria-hidden="true" className="text-[0.6rem]">
          {ARROWS[change.direction]}
        </span>
      )}
      <span className="line-clamp-2">{change.text}</span>
    </p>
  );
}

/** The grid stat cards sit in: two columns on a phone, as many ~10rem columns as fit elsewhere. */
export const STAT_GRID_CLASS = "grid grid-cols-2 gap-2 sm:grid-cols-[repeat(auto-fill,minmax(10rem,1fr))]";
