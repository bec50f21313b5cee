import type { Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";

/**
 * An SVG path for a storage sparkline: a stepped line (a gauge holds its level until the next reading),
 * over the whole range so sparklines of different rows line up in time. Scaled from the row's lowest to
 * its highest level, since storage mostly moves by a few percent and a zero-based line would look flat;
 * a level that never moves is drawn mid-height (at the baseline when it is zero). It stops at the last
 * reading (never invents a level past it) and draws nothing before the first.
 */
export function sparklinePath(
  points: readonly Point[],
  range: EpochRange,
  width: number,
  height: number,
): string {
  const inRange = [...points].sort((a, b) => a[0] - b[0]);
  if (inRange.length === 0 || range.end <= range.start) return "";
  const values = inRange.map(([, v]) => v);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (t: number) =>
    round(
      ((Math.min(Math.max(t, range.start), range.end) - range.start) / (range.end - range.start)) * width,
    );
  // One pixel is kept clear at the top and bottom so the stroke is never cut.
  const y = (v: number) =>
    round(
      high > low
        ? height - 1 - ((v - low) / (high - low)) * (height - 2)
        : high === 0
          ? height - 1
          : height / 2,
    );
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
