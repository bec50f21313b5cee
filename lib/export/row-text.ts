import { formatGaugeTotal, formatMetricValue } from "@/lib/format/by-unit";
import { formatRate } from "@/lib/format/rate";
import { formatBucketSpan } from "@/lib/format/time-labels";
import { NO_DATA } from "@/lib/format/tooltip-phrases";
import { metricUnitSchema } from "@/lib/s2/contract";
import type { ExportRow } from "./export-rows";

const HOURS_UNITS: Record<string, "bytes" | "operations"> = {
  "byte-hours": "bytes",
  "operation-hours": "operations",
};

/**
 * A row's value as the screen words it, for the table view: with the tooltips' and stat cards' own
 * formatters ("1.2k", "3.4 GiB", "12 GiB·h"), and "no data" (never 0) for an absent bucket.
 */
export function rowValueText(row: ExportRow): string {
  if (row.value === null) return NO_DATA;
  if (typeof row.value === "string") return row.value;
  const hours = HOURS_UNITS[row.unit];
  if (hours !== undefined) return formatGaugeTotal(hours, row.value);
  const unit = metricUnitSchema.safeParse(row.unit);
  return unit.success ? formatMetricValue(unit.data, row.value) : String(row.value);
}

/**
 * A bucket's rate as the bars' tooltips word it in rate mode ("3.2/s", "1.5 MiB/s"), "no data" for a
 * blank bucket; empty for rows that are not buckets (readings, summaries).
 */
export function rowRateText(row: ExportRow): string {
  if (row.kind !== "bucket") return "";
  if (row.ratePerSecond === null) return NO_DATA;
  const unit = metricUnitSchema.safeParse(row.unit);
  return unit.success ? formatRate(unit.data, row.ratePerSecond) : String(row.ratePerSecond);
}

/** A row's period as the tooltips print a bucket's span ("14:00–15:00", "01:00 (UTC−4) – 01:00 (UTC−5)"). */
export function rowPeriodText(row: ExportRow, zone: string | undefined, withDate: boolean): string {
  return formatBucketSpan(row.start, row.end, zone, { withDate });
}
