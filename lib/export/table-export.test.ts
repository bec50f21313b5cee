import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/testing/parse-csv";
import { exportColumnsOf, type TableExportColumn } from "./table-columns";
import { tableCsv, tableJson } from "./table-export";

interface Row {
  name: string;
  bytes: number | null;
}
const columns: TableExportColumn<Row>[] = [
  { label: "Stream", value: (r) => r.name },
  { label: "Stored bytes", value: (r) => r.bytes },
];
const rows: Row[] = [
  { name: 'orders, "eu"\nwest', bytes: 1536 },
  { name: "=cmd()", bytes: null },
  { name: "refunds", bytes: -2 },
];

describe("tableCsv", () => {
  it("quotes hostile names, neutralises formulas, keeps blanks empty and numbers numeric", () => {
    expect(parseCsv(tableCsv(columns, rows))).toEqual([
      ["Stream", "Stored bytes"],
      ['orders, "eu"\nwest', "1536"],
      ["'=cmd()", ""],
      ["refunds", "-2"],
    ]);
  });
});

describe("tableJson", () => {
  it("keys each row by column label with exact values", () => {
    expect(tableJson(columns, rows)[1]).toEqual({ Stream: "=cmd()", "Stored bytes": null });
  });
});

describe("exportColumnsOf", () => {
  it("keeps named text columns and exact figures in order, leaving out drawn-only columns", () => {
    const declared = [
      { key: "name", label: "Stream" },
      { key: "sparkline", label: "Storage" },
      { key: "latest", label: "Latest", raw: (r: Row) => r.bytes },
    ];
    const out = exportColumnsOf(declared, { name: (r: Row) => r.name });
    expect(out.map((c) => c.label)).toEqual(["Stream", "Latest"]);
    expect(parseCsv(tableCsv(out, rows.slice(0, 1)))).toEqual([
      ["Stream", "Latest"],
      ['orders, "eu"\nwest', "1536"],
    ]);
  });
});
