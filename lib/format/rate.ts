import type { MetricUnit } from "@/lib/s2/contract";
import { formatBytes } from "./bytes";
import { formatCount } from "./count";
import { formatSignificant } from "./significant";

/**
 * A per-second rate: "1.5 KiB/s" for bytes, "2.4 ops/s" for operations. A slow operation rate keeps
 * its significant digits ("0.017 ops/s", about one a minute) instead of rounding to a false "0".
 */
export function formatRate(unit: MetricUnit, perSecond: number): string {
  if (!Number.isFinite(perSecond)) return "—";
  if (unit === "bytes") return `${formatBytes(perSecond)}/s`;
  const abs = Math.abs(perSecond);
  let text: string;
  if (abs > 0 && abs < 0.1) text = String(Number(perSecond.toPrecision(2)));
  else if (abs < 1) text = formatSignificant(perSecond);
  else text = formatCount(perSecond);
  return `${text} ops/s`;
}
