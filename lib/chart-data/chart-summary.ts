import { formatMetricValue } from "@/lib/format/by-unit";
import { formatDuration } from "@/lib/format/duration";
import { NO_DATA } from "@/lib/format/tooltip-phrases";
import type { MetricUnit } from "@/lib/s2/contract";
import type { MetricsByType } from "./split-metrics";

/**
 * What one bar covers, in words: "per minute", "per 15 minutes", "per 6 hours", "per day"; with `utcDays`
 * (day bars in a zone whose midnight is not UTC's, see `dayBucketsAreUtc`) "per day (UTC)".
 */
export function barWidthPhrase(seconds: number, utcDays = false): string {
  const words = formatDuration(seconds);
  const utc = utcDays && seconds % 86_400 === 0 ? " (UTC)" : "";
  return `per ${words.replace(/^1 (\w+)$/, "$1")}${utc}`;
}

/** Whether a set's response holds anything to draw: otherwise the panel says "No data in this range". */
export function hasAnyData(metrics: MetricsByType): boolean {
  return (
    metrics.scalars.length > 0 ||
    metrics.accumulations.some((a) => a.values.length > 0) ||
    metrics.gauges.some((g) => g.values.length > 0) ||
    metrics.labels.some((l) => l.values.length > 0)
  );
}

/** A screen-reader summary of a bar chart: "Append operations per minute, 2 series, total 1.2k". */
export function describeBarChart(input: {
  readonly title: string;
  readonly barSeconds: number;
  readonly seriesCount: number;
  readonly unit: MetricUnit;
  readonly total: number | null;
}): string {
  const total = input.total === null ? NO_DATA : formatMetricValue(input.unit, input.total);
  return `${input.title} ${barWidthPhrase(input.barSeconds)}, ${input.seriesCount} series, total ${total}`;
}

/**
 * A screen-reader summary of a gauge chart: "Storage, 1 series, latest 12.4 GiB, peak 13 GiB"; with
 * several series each is named: "Storage, 2 series: a latest 1 GiB, peak 2 GiB; b latest ...".
 */
export function describeGaugeChart(input: {
  readonly title: string;
  readonly unit: MetricUnit;
  readonly series: readonly {
    readonly name: string;
    readonly latest: number | null;
    readonly peak: number | null;
  }[];
}): string {
  const value = (v: number | null) => (v === null ? NO_DATA : formatMetricValue(input.unit, v));
  const parts = input.series.map((s) => `latest ${value(s.latest)}, peak ${value(s.peak)}`);
  const head = `${input.title}, ${input.series.length} series`;
  if (input.series.length === 1) return `${head}, ${parts[0]}`;
  return `${head}: ${input.series.map((s, i) => `${s.name} ${parts[i]}`).join("; ")}`;
}
