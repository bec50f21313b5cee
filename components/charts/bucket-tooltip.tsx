import type { BucketRow, ChartSeries } from "@/lib/chart-data/merge-series";
import { formatMetricValue } from "@/lib/format/by-unit";
import { formatRate } from "@/lib/format/rate";
import { bucketTooltip, NO_DATA, ratePhrase } from "@/lib/format/tooltip-phrases";
import type { MetricUnit } from "@/lib/s2/contract";
import type { ValuesChoice } from "@/lib/time-range/options";
import { ChartTooltipCard, type TooltipLine } from "./chart-tooltip-card";

export interface BucketTooltipProps {
  /** The rows as drawn: rates or totals (`values`). */
  readonly rows: readonly BucketRow[];
  /** The same rows as bucket totals: quoted beside each rate. */
  readonly totals?: readonly BucketRow[];
  readonly values?: ValuesChoice;
  readonly series: readonly ChartSeries[];
  readonly unit: MetricUnit;
  readonly zone: string | undefined;
  readonly withDate: boolean;
  // Filled in by recharts when it clones the element.
  readonly active?: boolean;
  readonly activeIndex?: number | string | null;
}

/**
 * "total over 14:00–14:15" with each series' total or "no data" (as a rate: "per second over ...", each
 * rate with its bucket total beside it), a "(partial)" mark on a bucket still filling, and the previous
 * period's figure when comparing. The row is found by index rather than from recharts' payload, which
 * leaves out series without a value, and a bucket without data must still say so.
 */
export function BucketTooltip({
  rows,
  totals = rows,
  values = "total",
  series,
  unit,
  zone,
  withDate,
  active,
  activeIndex,
}: BucketTooltipProps) {
  const index = activeIndex === undefined || activeIndex === null ? undefined : Number(activeIndex);
  const row = index === undefined ? undefined : rows[index];
  const totalRow = index === undefined ? undefined : totals[index];
  if (!active || row === undefined || totalRow === undefined) return null;
  const asRate = values === "rate";
  const format = (value: number) => (asRate ? formatRate(unit, value) : formatMetricValue(unit, value));
  let sum: number | null = null;
  let bucketSum: number | null = null;
  const text = bucketTooltip({ from: row.from, to: row.to, value: null, partial: row.partial }, unit, zone, {
    withDate,
  });
  const title = asRate ? ratePhrase(row, zone, { withDate }) : text.title;
  const lines: TooltipLine[] = [];
  // Top of the stack first, as the eye reads the bar.
  for (const s of [...series].reverse()) {
    const value = row[s.key] ?? null;
    const total = totalRow[s.key] ?? null;
    if (value !== null) sum = (sum ?? 0) + value;
    if (total !== null) bucketSum = (bucketSum ?? 0) + total;
    lines.push({
      key: s.key,
      name: s.name,
      color: s.color,
      value: value === null ? NO_DATA : format(value),
      detail: asRate && total !== null ? `${formatMetricValue(unit, total)} total` : null,
      muted: value === null,
    });
  }
  if (series.length > 1) {
    lines.push({
      key: "total",
      name: "All series",
      color: null,
      value: sum === null ? NO_DATA : format(sum),
      detail: asRate && bucketSum !== null ? `${formatMetricValue(unit, bucketSum)} total` : null,
      muted: sum === null,
    });
  }
  if (row.previous !== undefined) {
    lines.push({
      key: "previous",
      name: "Previous period",
      color: null,
      value: row.previous === null ? NO_DATA : format(row.previous),
      muted: row.previous === null,
    });
  }
  return (
    <ChartTooltipCard title={row.partial ? `${title} (partial)` : title} note={text.note} lines={lines} />
  );
}
