import type { ReactNode, Ref } from "react";

export interface ChartFrameProps {
  /** What the chart shows, for screen readers: the SVG itself is not readable. */
  readonly label: string;
  readonly height: number;
  readonly measureRef: Ref<HTMLDivElement>;
  readonly children: ReactNode;
}

/**
 * The plot area of a chart: a fixed height (so nothing moves when it renders), measured for width,
 * exposed to assistive technology as one image with a summary, and focusable so keyboard users reach
 * it and hear that summary.
 */
export function ChartFrame({ label, height, measureRef, children }: ChartFrameProps) {
  return (
    <div
      ref={measureRef}
      role="img"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the summary must be reachable by keyboard (issue 4)
      tabIndex={0}
      className="chart-frame relative w-full rounded-md outline-none focus-visible:ring-2 focus-visible:ring-focus focus-visible:ring-offset-2 focus-visible:ring-offset-surface"
      style={{ height }}
    >
      {children}
    </div>
  );
}
