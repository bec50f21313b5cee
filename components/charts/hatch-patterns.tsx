import type { ChartSeries } from "@/lib/chart-data/merge-series";

export interface HatchPatternsProps {
  readonly idBase: string;
  readonly series: readonly ChartSeries[];
}

/**
 * One diagonal hatch per series colour, for bars whose bucket is still filling: the same hue, so the
 * series stays recognisable, but visibly unfinished (a pale fill with stripes), in both themes.
 */
export function HatchPatterns({ idBase, series }: HatchPatternsProps) {
  return (
    <defs>
      {series.map((s) => (
        <pattern
          key={s.key}
          id={`${idBase}-${s.key}`}
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="5" height="5" fill={s.color} fillOpacity={0.28} />
          <rect width="2" height="5" fill={s.color} />
        </pattern>
      ))}
    </defs>
  );
}
