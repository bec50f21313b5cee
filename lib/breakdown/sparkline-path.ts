import type { Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";

/**
 * An SVG path for a storage sparkline: a stepped line (a gauge holds its level until the next reading),
 * over the whole range so sparklines of different rows line up in time, scaled to the row's own peak. It
 * stops at the last reading (never invents a level past it) and draws nothing before the first.
 */
export function sparklinePath(
  points: readonly Point[],
  range: EpochRange,
  width: number,
  height: number,
): string {
  const inRange = [...points].sort((a, b) => a[0] - b[0]);
  if (inRange.length === 0 || range.end <= range.start) return "";
  const peak = Math.max(...inRange.map(([, v]) => v));
  const x = (t: number) =>
    round(
      ((Math.min(Math.max(t, range.start), range.end) - range.start) / (range.end - range.start)) * width,
    );
  // A flat zero sits on the baseline; any level is scaled to the row's peak, one pixel kept clear at the top.
  const y = (v: number) => round(peak <= 0 ? height : height - (v / peak) * (height - 1));
  const [first, ...rest] = inRange as [Point, ...Point[]];
  const parts = [`M${x(first[0])} ${y(first[1])}`];
  for (const [t, v] of rest) parts.push(`H${x(t)}`, `V${y(v)}`);
  // The last reading is held to the last instant it is known for: drawn one step (the typical spacing) wide.
  const last = inRange.at(-1) as Point;
  const step = inRange.length > 1 ? (last[0] - first[0]) / (inRange.length - 1) : range.end - last[0];
  parts.push(`H${x(last[0] + step)}`);
  return parts.join("");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
