import { stringify } from "csv-stringify/sync";
import { neutraliseCell, numberCell } from "./csv";

/** One column of an on-screen table, as exported: its header and each row's exact value. */
export interface TableExportColumn<R> {
  readonly label: string;
  /** The exact figure (a number in its unit, not the rounded text) or the text; null = empty cell. */
  readonly value: (row: R) => string | number | null;
}

/**
 * A table on screen (a breakdown) as CSV: the header, then one line per row, with the same quoting,
 * formula neutralisation and blank-is-empty rule as the metric exports (lib/export/csv.ts).
 */
export function tableCsv<R>(columns: readonly TableExportColumn<R>[], rows: readonly R[]): string {
  const header = columns.map((c) => neutraliseCell(c.label));
  const lines = rows.map((row) =>
    columns.map((c) => {
      const value = c.value(row);
      return typeof value === "string" ? neutraliseCell(value) : numberCell(value);
    }),
  );
  return stringify([header, ...lines], { record_delimiter: "windows" });
}

/** The same table as JSON: one object per row keyed by column label, numbers as numbers. */
export function tableJson<R>(
  columns: readonly TableExportColumn<R>[],
  rows: readonly R[],
): Record<string, string | number | null>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.label, c.value(row)])));
}

/** A table column as the breakdown tables declare it: a label, and the exact number behind a figure. */
export interface DeclaredColumn<R> {
  readonly key: string;
  readonly label: string;
  readonly raw?: (row: R) => number | null;
}

/**
 * The columns a table exports: each column with a text of its own in `text` (names), then each with an
 * exact number (`raw`), in the table's order; columns with neither (a sparkline) are left out.
 */
export function exportColumnsOf<R>(
  columns: readonly DeclaredColumn<R>[],
  text: Readonly<Record<string, (row: R) => string>>,
): TableExportColumn<R>[] {
  return columns.flatMap((column): TableExportColumn<R>[] => {
    const own = Object.hasOwn(text, column.key) ? text[column.key] : undefined;
    if (own !== undefined) return [{ label: column.label, value: own }];
    return column.raw === undefined ? [] : [{ label: column.label, value: column.raw }];
  });
}
