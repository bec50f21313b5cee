import { describe, expect, it } from "vitest";
import { barWidthPhrase, describeBarChart, describeGaugeChart, hasAnyData } from "./chart-summary";
import { splitMetricsByType } from "./split-metrics";

describe("chart summaries", () => {
  it("names the width of a bar", () => {
    expect(barWidthPhrase(60)).toBe("per minute");
    expect(barWidthPhrase(900)).toBe("per 15 minutes");
    expect(barWidthPhrase(3_600)).toBe("per hour");
    expect(barWidthPhrase(6 * 3_600)).toBe("per 6 hours");
    expect(barWidthPhrase(86_400)).toBe("per day");
  });

  it("summarises a bar chart, keeping no data apart from zero", () => {
    const base = { title: "Append operations", barSeconds: 60, seriesCount: 2, unit: "operations" as const };
    expect(describeBarChart({ ...base, total: 1_234_567 })).toBe(
      "Append operations per minute, 2 series, total 1.23M",
    );
    expect(describeBarChart({ ...base, total: null })).toBe(
      "Append operations per minute, 2 series, total no data",
    );
    expect(describeBarChart({ ...base, total: 0 })).toMatch(/total 0$/);
  });

  it("summarises a gauge chart", () => {
    const one = describeGaugeChart({
      title: "Storage",
      unit: "bytes",
      series: [{ name: "storage", latest: 1024, peak: 2048 }],
    });
    expect(one).toBe("Storage, 1 series, latest 1 KiB, peak 2 KiB");
    const two = describeGaugeChart({
      title: "Storage",
      unit: "bytes",
      series: [
        { name: "a", latest: 1, peak: 1 },
        { name: "b", latest: null, peak: null },
      ],
    });
    expect(two).toBe("Storage, 2 series: a latest 1 B, peak 1 B; b latest no data, peak no data");
  });

  it("tells an empty response from one with data", () => {
    expect(hasAnyData(splitMetricsByType([]))).toBe(false);
    expect(
      hasAnyData(
        splitMetricsByType([
          { accumulation: { name: "a", unit: "operations", interval: "minute", values: [] } },
          { label: { name: "l", values: [] } },
        ]),
      ),
    ).toBe(false);
    expect(hasAnyData(splitMetricsByType([{ label: { name: "l", values: ["x"] } }]))).toBe(true);
  });
});

describe("barWidthPhrase for day bars", () => {
  it('says "per day (UTC)" when day bars are UTC days in the view\'s zone', () => {
    expect(barWidthPhrase(86_400, true)).toBe("per day (UTC)");
    expect(barWidthPhrase(7 * 86_400, true)).toBe("per 7 days (UTC)");
    expect(barWidthPhrase(86_400)).toBe("per day");
    expect(barWidthPhrase(3_600, true)).toBe("per hour");
  });
});
