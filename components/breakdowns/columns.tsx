import { periodLength } from "@/lib/format/period-change";
import type { Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { ChangeCell, FigureCell, NameCell } from "./figure-cell";
import type { TableColumn } from "./sortable-table";
import { Sparkline } from "./sparkline";

/**
 * The column builders the basins and streams tables share: a name linking to its view, the storage
 * sparkline, one column per figure, and with compare on the change of one figure. Each table lists only
 * what is its own (which figures, which link).
 */

/** A figure column: its header, what it is, and how its number reads. */
export interface FigureColumnSpec {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly format: (n: number) => string;
}

type Figures<F extends string> = { readonly [K in F]: number | null };

/** With compare on: the figure the change column follows, and its header. */
export interface ChangeSpec<F extends string> {
  readonly figure: F;
  readonly label: string;
}

export function nameColumn<R extends { readonly name: string; readonly deleted: boolean }>(
  label: string,
  href: (name: string) => string,
): TableColumn<R> {
  return {
    key: "name",
    label,
    sortable: true,
    cell: (row) => <NameCell name={row.name} href={href(row.name)} deleted={row.deleted} />,
  };
}

/** Bytes stored over the range; a row whose storage could not be read (`problem`) says so instead. */
export function sparklineColumn<R extends { readonly sparkline: readonly Point[] }>(
  range: EpochRange,
  problem: (row: R) => string | null = () => null,
): TableColumn<R> {
  return {
    key: "sparkline",
    label: "Storage",
    description: "Bytes stored over the range",
    cell: (row) => {
      const why = problem(row);
      return why === null ? (
        <Sparkline points={row.sparkline} range={range} />
      ) : (
        <span className="text-xs text-fg-subtle" title={why}>
          unavailable
        </span>
      );
    },
  };
}

export function figureColumn<R>(spec: FigureColumnSpec, value: (row: R) => number | null): TableColumn<R> {
  return {
    key: spec.key,
    label: spec.label,
    description: spec.description,
    numeric: true,
    sortable: true,
    raw: value,
    cell: (row) => <FigureCell value={value(row)} format={spec.format} />,
  };
}

/** The change column, or none with compare off (spread the answer into the columns). */
export function changeColumns<
  F extends string,
  R extends Figures<F> & { readonly previous: Figures<F> | null },
>(change: ChangeSpec<F> | null): TableColumn<R>[] {
  if (change === null) return [];
  return [
    {
      key: "change",
      label: change.label,
      description: "Change against the period of the same length just before",
      numeric: true,
      cell: (row) => (
        <ChangeCell current={row[change.figure]} previous={row.previous?.[change.figure] ?? null} />
      ),
    },
  ];
}

/** The change column's header: "Peak vs previous 24 h". */
export function changeLabel(figureLabel: string, range: EpochRange): string {
  return `${figureLabel} vs previous ${periodLength(range.end - range.start)}`;
}
