import type { ReactNode } from "react";
import type { BarShapeProps } from "recharts";
import type { BucketRow, ChartSeries } from "@/lib/chart-data/merge-series";

/** Height of the hairline that marks a recorded zero, so it reads differently from "no data". */
const ZERO_MARK_PX = 1.5;

/**
 * A bar renderer for one series (recharts calls it as a plain function for each bar). It draws
 * nothing at all where the series had no data, tags every bar with its bucket and series
 * (`data-bucket`, `data-series`, `data-value` its bucket total, `data-rate` when drawn per second) so
 * tests can tell which buckets have bars, hatches a bucket that is
 * still filling, and marks a recorded zero sitting on the baseline with a hairline rather than
 * drawing it invisibly.
 */
export function makeBucketBarShape(
  series: ChartSeries,
  hatchId: string,
  totals?: readonly BucketRow[],
): (props: BarShapeProps) => ReactNode {
  return (props) => renderBucketBar(props, series, hatchId, totals);
}

function renderBucketBar(
  props: BarShapeProps,
  series: ChartSeries,
  hatchId: string,
  totals: readonly BucketRow[] | undefined,
): ReactNode {
  const row = props.payload as BucketRow | undefined;
  const value = row?.[series.key] ?? null;
  if (row === undefined || value === null) return null;
  // Drawn as a rate, the bar still carries its bucket total in data-value (what S2 reported).
  const total = totals === undefined ? value : (totals[props.index]?.[series.key] ?? value);
  let { y, height } = props;
  const { x, width, background } = props;
  if (!Number.isFinite(y) || !Number.isFinite(height) || !Number.isFinite(x)) return null;
  const baseline = background?.y == null ? y + height : background.y + background.height;
  if (value === 0 && Math.abs(y + height - baseline) < 0.5) {
    y = baseline - ZERO_MARK_PX;
    height = ZERO_MARK_PX;
  }
  return (
    <rect
      data-bucket={row.from}
      data-bucket-end={row.to}
      data-series={series.name}
      data-value={total}
      data-rate={totals === undefined ? undefined : value}
      data-partial={row.partial ? "true" : undefined}
      x={x}
      y={y}
      width={Math.max(0, width)}
      height={Math.max(0, height)}
      fill={row.partial ? `url(#${hatchId})` : series.color}
    />
  );
}
