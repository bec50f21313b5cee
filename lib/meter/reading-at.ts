import type { Point } from "@/lib/s2/contract";
import { sortedPoints } from "./sorted-points";

/**
 * The gauge reading in effect at instant `t`: the latest reading at or before it (CONTRACT.md), or
 * null when `t` precedes every reading. Nothing is interpolated.
 */
export function readingAt(points: readonly Point[], t: number): Point | null {
  let found: Point | null = null;
  for (const point of sortedPoints(points)) {
    if (point[0] > t) break;
    found = point;
  }
  return found;
}
