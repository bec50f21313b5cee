import type { MetricUnit } from "@/lib/s2/contract";
import { formatByteHours, formatBytes } from "./bytes";
import { formatCount } from "./count";

/** The formatter for a metric's values, chosen by its `unit` field rather than by its set or name. */
export function valueFormatter(unit: MetricUnit): (value: number) => string {
  return unit === "bytes" ? formatBytes : formatCount;
}

/** One value of a metric, e.g. "1.5 GiB" or "1.2k". */
export function formatMetricValue(unit: MetricUnit, value: number): string {
  return valueFormatter(unit)(value);
}

/**
 * A gauge's time-weighted total, given in unit·hours: "12.4 GiB·h" for bytes. Operation gauges do not
 * exist in the contract today; should one appear it reads "1.2k op·h" rather than failing.
 */
export function formatGaugeTotal(unit: MetricUnit, unitHours: number): string {
  if (unit === "bytes") return formatByteHours(unitHours);
  return Number.isFinite(unitHours) ? `${formatCount(unitHours)} op·h` : "—";
}
