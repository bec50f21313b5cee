import { describe, expect, it } from "vitest";
import { formatBucketSpan } from "@/lib/format/time-labels";
import { bucketTooltip } from "@/lib/format/tooltip-phrases";
import type { ExportRow } from "./export-rows";
import { rowPeriodText, rowRateText, rowValueText } from "./row-text";

const at = (iso: string) => Date.parse(iso) / 1000;
const row = (over: Partial<ExportRow>): ExportRow => ({
  kind: "bucket",
  series: "s",
  statistic: null,
  metricType: "accumulation",
  unit: "operations",
  interval: "hour",
  start: at("2026-11-01T05:00:00Z"),
  end: at("2026-11-01T06:00:00Z"),
  value: 1234,
  ratePerSecond: null,
  partial: false,
  ...over,
});

describe("rowValueText", () => {
  it("words a bucket exactly as its tooltip does", () => {
    for (const value of [1234, 0, null, 5_000_000]) {
      const r = row({ value });
      const tooltip = bucketTooltip({ from: r.start, to: r.end, value, partial: false }, "operations", "UTC");
      expect(rowValueText(r)).toBe(tooltip.value);
    }
  });

  it("says no data for a blank bucket and 0 for a recorded zero", () => {
    expect(rowValueText(row({ value: null }))).toBe("no data");
    expect(rowValueText(row({ value: 0 }))).toBe("0");
  });

  it("prints bytes and a gauge total in byte-hours as the stat cards do", () => {
    expect(rowValueText(row({ unit: "bytes", value: 1024 ** 3 }))).toBe("1 GiB");
    expect(rowValueText(row({ kind: "summary", unit: "byte-hours", value: 1024 ** 3 }))).toBe("1 GiB·h");
  });

  it("prints a label's text as is", () => {
    expect(rowValueText(row({ kind: "label", value: "prod-events" }))).toBe("prod-events");
  });
});

describe("rowPeriodText", () => {
  it("says which 01:00 in New York's fall-back hour", () => {
    const r = row({});
    expect(rowPeriodText(r, "America/New_York", false)).toBe(
      formatBucketSpan(r.start, r.end, "America/New_York"),
    );
    expect(rowPeriodText(r, "America/New_York", false)).toContain("UTC\u22124");
  });
});

describe("rowRateText", () => {
  it("words a bucket's rate with the tooltips' rate formatter, and leaves other rows empty", async () => {
    const { formatRate } = await import("@/lib/format/rate");
    expect(rowRateText(row({ ratePerSecond: 2.5 }))).toBe(formatRate("operations", 2.5));
    expect(rowRateText(row({ value: null, ratePerSecond: null }))).toBe("no data");
    expect(rowRateText(row({ kind: "reading", ratePerSecond: null }))).toBe("");
  });
});
