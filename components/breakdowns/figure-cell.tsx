import Link from "next/link";
import { changeCellText } from "@/lib/breakdown/change-text";
import { periodChange } from "@/lib/chart-data/compare-period";

/** A figure, or a dimmed "no data" that never reads as a number. */
export function FigureCell({
  value,
  format,
}: {
  readonly value: number | null;
  readonly format: (n: number) => string;
}) {
  if (value === null) return <span className="text-xs text-fg-subtle italic">no data</span>;
  return <span className="text-fg">{format(value)}</span>;
}

const CHANGE_COLOURS = { up: "text-fg", down: "text-fg", flat: "text-fg-muted" } as const;

/** The change of a figure against the previous period, as the compare toggle asks. */
export function ChangeCell({
  current,
  previous,
}: {
  readonly current: number | null;
  readonly previous: number | null;
}) {
  const { text, direction } = changeCellText(periodChange(current, previous));
  const arrow = direction === "up" ? "↑" : direction === "down" ? "↓" : "";
  return (
    <span className={direction === null ? "text-fg-subtle" : CHANGE_COLOURS[direction]}>
      {arrow ? (
        <span aria-hidden="true" className="mr-0.5 text-fg-muted">
          {arrow}
        </span>
      ) : null}
      {text}
    </span>
  );
}

/** A row's name, linking to its own view; deleted entries are marked, not hidden. */
export function NameCell({
  name,
  href,
  deleted,
}: {
  readonly name: string;
  readonly href: string;
  readonly deleted: boolean;
}) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <Link href={href} className="min-w-0 truncate font-mono text-accent hover:underline" title={name}>
        {name}
      </Link>
      {deleted ? (
        <span className="shrink-0 rounded bg-danger-soft px-1.5 py-0.5 text-xs text-danger">deleted</span>
      ) : null}
    </span>
  );
}
