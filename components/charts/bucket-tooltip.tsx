import type { BucketRow, ChartSeries } from "@/lib/chart-data/merge-series";
import { formatMetricValue } from "@/lib/format/by-unit";
import { bucketTooltip, NO_DATA } from "@/lib/format/tooltip-phrases";
import type { MetricUnit } from "@/lib/s2/contract";
import { ChartTooltipCard, type TooltipLine } from "./chart-tooltip-card";

export interface BucketTooltipProps {
  readonly rows: readonly BucketRow[];
  readonly series: readonly ChartSeries[];
  readonly unit: MetricUnit;
  readonly zone: string | undefined;
  readonly withDate: boolean;
  // Filled in by recharts when it clones the element.
  readonly active?: boolean;
  readonly activeIndex?: number | string | null;
}

/**
 * "total over 14:00–14:15" with each series' total or "no data", and a "(partial)" mark on a bucket
 * still filling. The row is found by index rather than from recharts' payload, which leaves out
 * series without a value, and a bucket without data must still say so.
 */
export function BucketTooltip({
  rows,
  series,
  unit,
  zone,
  withDate,
  active,
  activeIndex,
}: BucketTooltipProps) {
  const row = activeIndex === undefined || activeIndex === null ? undefined : rows[Number(activeIndex)];
  if (!active || row === undefined) return null;
  let total: number | null = null;
  let note: string | null = null;
  let title = "";
  const lines: TooltipLine[] = [];
  // Top of the stack first, as the eye reads the bar.
  for (const s of [...series].reverse()) {
    const value = row[s.key] ?? null;
    const text = bucketTooltip({ from: row.from, to: row.to, value, partial: row.partial }, unit, zone, {
      withDate,
    });
    title = text.title;
    note = text.note;
    if (value !== null) total = (total ?? 0) + value;
    lines.push({ key: s.key, name: s.name, color: s.color, value: text.value, muted: value === null });
  }
  if (series.length > 1) {
    lines.push({
      key: "total",
      name: "All series",
      color: null,
      value: total === null ? NO_DATA : formatMetricValue(unit, total),
      muted: total === null,
    });
  }
  return <ChartTooltipCard title={row.partial ? `${title} (partial)` : title} note={note} lines={lines} />;
}
