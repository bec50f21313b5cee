import type { Bucket } from "@/lib/chart-data/fill-buckets";
import type { MetricUnit } from "@/lib/s2/contract";
import { formatMetricValue } from "./by-unit";
import { formatBucketSpan, formatClock, formatDateTime, type SpanOptions } from "./time-labels";

/** The words shown for a bucket S2 returned nothing for: absent is not zero (CONTRACT.md). */
export const NO_DATA = "no data";

/** "total over 14:00–15:00" (or a grouped span such as "14:00–18:00", or "3 Mar, day (UTC)"). */
export function bucketPhrase(
  bucket: Pick<Bucket, "from" | "to">,
  zone: string | undefined,
  opts: SpanOptions = {},
): string {
  return `total over ${formatBucketSpan(bucket.from, bucket.to, zone, opts)}`;
}

/** "per second over 14:00–15:00": the title of a bar drawn as a rate. */
export function ratePhrase(
  bucket: Pick<Bucket, "from" | "to">,
  zone: string | undefined,
  opts: SpanOptions = {},
): string {
  return `per second over ${formatBucketSpan(bucket.from, bucket.to, zone, opts)}`;
}

/** "reading at 14:00", or "reading at 3 Mar 14:00" with `withDate`. */
export function readingPhrase(t: number, zone: string | undefined, opts: SpanOptions = {}): string {
  return `reading at ${opts.withDate ? formatDateTime(t, zone) : formatClock(t, zone)}`;
}

export interface TooltipText {
  readonly title: string;
  readonly value: string;
  /** Extra line for a bucket still filling; null otherwise. */
  readonly note: string | null;
}

/** A bar's tooltip: its span, its total or "no data", and a note when it is still filling. */
export function bucketTooltip(
  bucket: Bucket,
  unit: MetricUnit,
  zone: string | undefined,
  opts: SpanOptions = {},
): TooltipText {
  return {
    title: bucketPhrase(bucket, zone, opts),
    value: bucket.value === null ? NO_DATA : formatMetricValue(unit, bucket.value),
    note: bucket.partial ? "still filling: this period includes now" : null,
  };
}
