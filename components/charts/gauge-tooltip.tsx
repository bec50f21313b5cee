import type { ChartSeries, PointRow } from "@/lib/chart-data/merge-series";
import { formatMetricValue } from "@/lib/format/by-unit";
import { readingPhrase } from "@/lib/format/tooltip-phrases";
import type { MetricUnit } from "@/lib/s2/contract";
import { ChartTooltipCard } from "./chart-tooltip-card";

export interface GaugeTooltipProps {
  readonly series: readonly ChartSeries[];
  readonly unit: MetricUnit;
  readonly zone: string | undefined;
  readonly withDate: boolean;
  // Filled in by recharts when it clones the element.
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
}

/** "reading at 14:00" and each series' level in effect then ("no reading" before or after a series). */
export function GaugeTooltip({ series, unit, zone, withDate, active, payload }: GaugeTooltipProps) {
  const row = payload?.[0]?.payload as PointRow | undefined;
  if (!active || row === undefined) return null;
  return (
    <ChartTooltipCard
      title={readingPhrase(row.t, zone, { withDate })}
      lines={series.map((s) => {
        const value = row[s.key] ?? null;
        return {
          key: s.key,
          name: s.name,
          color: s.color,
          value: value === null ? "no reading" : formatMetricValue(unit, value),
          muted: value === null,
        };
      })}
    />
  );
}
