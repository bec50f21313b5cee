"use client";

import { type ExportFileParts, exportFileName } from "@/lib/export/file-name";
import type { TableExportColumn } from "@/lib/export/table-columns";
import { clickLink, type ExportActions, ExportMenuButton } from "./export-menu";

export interface TableExportMenuProps<R> {
  /** The table's caption, for the button's accessible name ("Export Streams of prod-events"). */
  readonly name: string;
  /** What the file holds, for its name (`exportFileName`, as the metric exports are named). */
  readonly file: Omit<ExportFileParts, "format">;
  readonly columns: readonly TableExportColumn<R>[];
  /** The rows as sorted on screen. */
  readonly rows: readonly R[];
}

/**
 * The Export menu of a table already in the tab (a breakdown): the file is made from its rows, with
 * the metric exports' quoting and neutralisation, and saved through a Blob URL (no second request).
 */
export function TableExportMenu<R>({ name, file, columns, rows }: TableExportMenuProps<R>) {
  // The CSV writer (csv-stringify) is loaded when someone exports, not with every page that has a table.
  const writer = () => import("@/lib/export/table-export");
  const actions: ExportActions = {
    async download(format) {
      const { tableCsv, tableJson } = await writer();
      const text =
        format === "csv" ? tableCsv(columns, rows) : `${JSON.stringify(tableJson(columns, rows))}\n`;
      const type = format === "csv" ? "text/csv;charset=utf-8" : "application/json";
      const url = URL.createObjectURL(new Blob([format === "csv" ? `\uFEFF${text}` : text], { type }));
      clickLink(url, exportFileName({ ...file, format }));
      // The download has taken its copy once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    csvText: async () => (await writer()).tableCsv(columns, rows),
  };
  return <ExportMenuButton name={name} actions={actions} />;
}
