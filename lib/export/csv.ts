import { stringify } from "csv-stringify/sync";
import type { ExportRow } from "./export-rows";
import { isoInZone } from "./iso-in-zone";

/** What every exported row says about where it comes from (empty where it does not apply). */
export interface ExportContext {
  readonly basin: string;
  readonly stream: string;
  readonly set: string;
  /** The IANA zone the view prints times in; ISO cells carry its offset. */
  readonly zone: string;
}

export const CSV_COLUMNS = [
  "kind",
  "basin",
  "stream",
  "set",
  "series",
  "statistic",
  "metric_type",
  "unit",
  "interval",
  "start",
  "end",
  "start_epoch",
  "end_epoch",
  "value",
  "rate_per_second",
  "partial",
] as const;

// Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection"); tab and CR too.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made inert for spreadsheets: a leading `'` makes Excel, LibreOffice and Sheets show the
 * text as typed instead of evaluating it. Only text is touched: numbers are written by `numberCell`,
 * so a real negative value stays a number.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number as a plain decimal cell; null (no data) is an empty cell, never 0. */
export function numberCell(value: number | null): string {
  return value === null ? "" : String(value);
}

/** The cells of one row, in CSV_COLUMNS order, before quoting. */
export function csvCells(row: ExportRow, context: ExportContext): string[] {
  const value = typeof row.value === "string" ? neutraliseCell(row.value) : numberCell(row.value);
  return [
    row.kind,
    neutraliseCell(context.basin),
    neutraliseCell(context.stream),
    context.set,
    neutraliseCell(row.series),
    row.statistic ?? "",
    row.metricType,
    row.unit,
    row.interval ?? "",
    isoInZone(row.start, context.zone),
    isoInZone(row.end, context.zone),
    String(row.start),
    String(row.end),
    value,
    numberCell(row.ratePerSecond),
    row.partial ? "true" : "false",
  ];
}

/** The header line, CRLF-terminated as RFC 4180 asks. */
export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]], { record_delimiter: "windows" });
}

/**
 * Rows as CSV lines; csv-stringify quotes every cell holding a comma, quote or line break (names may
 * hold any of them). Called per chunk of rows, so a long export is never one big string.
 */
export function csvLines(rows: readonly ExportRow[], context: ExportContext): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => csvCells(row, context)),
    { record_delimiter: "windows" },
  );
}
