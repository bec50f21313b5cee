import { stringify } from "csv-stringify/sync";
import { neutraliseCell, numberCell } from "./csv";
import type { TableExportColumn } from "./table-columns";

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
