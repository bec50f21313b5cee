import type { ReactNode, Ref } from "react";
import type { DragZoom } from "./use-drag-zoom";

export interface ChartFrameProps {
  /** What the chart shows, for screen readers: the SVG itself is not readable. */
  readonly label: string;
  readonly height: number;
  readonly measureRef: Ref<HTMLDivElement>;
  readonly children: ReactNode;
  /** Drag-to-zoom (`useDragZoom`): its pointer handlers, and the band being dragged over, drawn here. */
  readonly zoom?: DragZoom;
  /** The plot's top and bottom, px, for the dragged band. */
  readonly plotTop?: number;
  readonly plotBottom?: number;
}

/**
 * The plot area of a chart: a fixed height (so nothing moves when it renders), measured for width,
 * exposed to assistive technology as one image with a summary, and focusable so keyboard users reach
 * it and hear that summary.
 */
export function ChartFrame({
  label,
  height,
  measureRef,
  children,
  zoom,
  plotTop = 0,
  plotBottom = height,
}: ChartFrameProps) {
  const zoomable = zoom !== undefined && zoom.handlers.onPointerDown !== undefined;
  return (
    <div
      ref={measureRef}
      role="img"
      aria-label={zoomable ? `${label}. Drag across the chart to zoom to that span.` : label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the summary must be reachable by keyboard (issue 4)
      tabIndex={0}
      data-zoomable={zoomable ? "true" : undefined}
      className={`chart-frame relative w-full rounded-md outline-none focus-visible:ring-2 focus-visible:ring-focus focus-visible:ring-offset-2 focus-visible:ring-offset-surface ${zoomable ? "cursor-crosshair select-none" : ""}`}
      style={{ height }}
      {...zoom?.handlers}
    >
      {children}
      {zoom?.selection ? (
        <div
          aria-hidden="true"
          data-testid="zoom-selection"
          className="pointer-events-none absolute rounded-sm border-x border-accent bg-accent/15"
          style={{
            left: zoom.selection.left,
            width: zoom.selection.width,
            top: plotTop,
            height: Math.max(0, plotBottom - plotTop),
          }}
        />
      ) : null}
    </div>
  );
}
