/**
 * Which columns of an on-screen table are exported, and how. Kept apart from the CSV writer
 * (`table-export.ts`, which brings csv-stringify): the tables import this on every page load, the writer
 * is loaded only when someone exports.
 */

/** One column of an on-screen table, as exported: its header and each row's exact value. */
export interface TableExportColumn<R> {
  readonly label: string;
  /** The exact figure (a number in its unit, not the rounded text) or the text; null = empty cell. */
  readonly value: (row: R) => string | number | null;
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
