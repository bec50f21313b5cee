import type { Point } from "@/lib/s2/contract";

/**
 * Points in time order. S2 returns them sorted, but the SDK does not promise it and a gauge total
 * computed over out-of-order readings would be silently wrong, so every meter function sorts a copy
 * rather than trusting or rejecting its input. The sort is stable: of two readings with the same
 * timestamp, the later one in the input wins (the earlier is in effect for zero seconds).
 */
export function sortedPoints(points: readonly Point[]): Point[] {
  return [...points].sort((a, b) => a[0] - b[0]);
}
