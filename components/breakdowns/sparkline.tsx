import { sparklinePath } from "@/lib/breakdown/sparkline-path";
import type { Point } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";

const WIDTH = 80;
const HEIGHT = 20;

/** A row's storage over the range as a small stepped line; the figures beside it carry the numbers. */
export function Sparkline({
  points,
  range,
}: {
  readonly points: readonly Point[];
  readonly range: EpochRange;
}) {
  const path = sparklinePath(points, range, WIDTH, HEIGHT);
  if (path === "") return <span className="text-xs text-fg-subtle">no data</span>;
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      className="block overflow-visible text-accent"
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
