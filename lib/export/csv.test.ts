import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "@/lib/testing/parse-csv";
import { CSV_COLUMNS, csvHeader, csvLines, neutraliseCell } from "./csv";
import type { ExportRow } from "./export-rows";

const at = (iso: string) => Date.parse(iso) / 1000;
const row = (over: Partial<ExportRow>): ExportRow => ({
  kind: "bucket",
  series: "standard",
  statistic: null,
  metricType: "accumulation",
  unit: "operations",
  interval: "hour",
  start: at("2026-11-01T05:00:00Z"),
  end: at("2026-11-01T06:00:00Z"),
  value: 3,
  ratePerSecond: null,
  partial: false,
  ...over,
});
const context = { basin: "prod-events", stream: "", set: "append-ops", zone: "America/New_York" };
const records = parseCsvRecords;

describe("neutraliseCell", () => {
  it.each(["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")'])(
    "prefixes %j with a single quote",
    (text) => {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    },
  );

  it.each(["orders", "1-2", "a=b", "'quoted", ""])("leaves %j alone", (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe("csvLines", () => {
  it("writes ISO times with the zone's offset and epoch seconds", () => {
    const [line] = records(csvHeader() + csvLines([row({})], context));
    expect(line).toMatchObject({
      kind: "bucket",
      basin: "prod-events",
      set: "append-ops",
      start: "2026-11-01T01:00:00-04:00",
      end: "2026-11-01T01:00:00-05:00",
      start_epoch: String(at("2026-11-01T05:00:00Z")),
      end_epoch: String(at("2026-11-01T06:00:00Z")),
      value: "3",
      rate_per_second: "",
      partial: "false",
    });
    expect(Object.keys(line ?? {})).toEqual([...CSV_COLUMNS]);
  });

  it("writes no data as an empty cell, a recorded zero as 0, a partial bucket as true", () => {
    const text = csvLines(
      [row({ value: null }), row({ value: 0, ratePerSecond: 0, partial: true })],
      context,
    );
    const lines = records(csvHeader() + text);
    expect(lines.map((l) => [l.value, l.rate_per_second, l.partial])).toEqual([
      ["", "", "false"],
      ["0", "0", "true"],
    ]);
  });

  it("keeps a real negative number numeric while neutralising a name that starts with -", () => {
    const [line] = records(
      csvHeader() + csvLines([row({ value: -5, series: "-cmd|' /C calc'!A0" })], context),
    );
    expect(line?.value).toBe("-5");
    expect(line?.series).toBe("'-cmd|' /C calc'!A0");
  });

  it.each([
    ["commas", "a,b,c"],
    ["quotes", 'say "hi"'],
    ["newlines", "line one\nline two\r\nthree"],
    ["emoji", "events 🚀👩‍💻"],
    ["right-to-left text", "תור/הזמנות \u202eevil"],
    ["CJK", "fleet/gps-追踪"],
  ])("round-trips a series name with %s through a CSV parser", (_what, name) => {
    const stream = `${name} stream`;
    const lines = records(
      csvHeader() + csvLines([row({ series: name })], { ...context, stream, set: "storage" }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.series).toBe(name);
    expect(lines[0]?.stream).toBe(stream);
  });

  it("ends every record with CRLF (RFC 4180)", () => {
    expect(csvHeader().endsWith("partial\r\n")).toBe(true);
    expect(csvLines([row({})], context).endsWith("\r\n")).toBe(true);
  });

  it("writes a label value as neutralised text", () => {
    const [line] = records(csvHeader() + csvLines([row({ kind: "label", value: "=evil()" })], context));
    expect(line?.value).toBe("'=evil()");
  });
});
