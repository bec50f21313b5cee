"use client";

import { type PointerEvent, useCallback, useRef, useState } from "react";

/** Below this many pixels a press is a click (zoom to the bar under it), not a drag. */
const DRAG_THRESHOLD_PX = 6;

export interface DragZoomOptions {
  /** The plot's left and right edges in px from the chart's left edge (inside the y axis and margins). */
  readonly plotLeft: number;
  readonly plotRight: number;
  /** The times at those edges, epoch seconds. */
  readonly domain: readonly [number, number];
  /** A drag from one time to the other (either order); absent: the chart does not zoom. */
  readonly onZoom?: (a: number, b: number) => void;
  /** A click (no drag) at a time: bar charts zoom to the bar there. */
  readonly onClickAt?: (t: number) => void;
}

export interface DragZoom {
  /** Spread onto the element around the chart. */
  readonly handlers: {
    onPointerDown?: (event: PointerEvent<HTMLElement>) => void;
    onPointerMove?: (event: PointerEvent<HTMLElement>) => void;
    onPointerUp?: (event: PointerEvent<HTMLElement>) => void;
    onPointerCancel?: () => void;
  };
  /** The band being dragged over, px from the chart's left edge, to draw; null when not dragging. */
  readonly selection: { readonly left: number; readonly width: number } | null;
}

/**
 * Drag across a chart to zoom to that span, click to zoom to what is under the pointer. Mouse and pen
 * only: on a touch screen a drag scrolls the page and a tap shows the tooltip, as people expect. The
 * pointer is captured so a drag that leaves the chart still ends where it was released.
 */
export function useDragZoom({ plotLeft, plotRight, domain, onZoom, onClickAt }: DragZoomOptions): DragZoom {
  const startX = useRef<number | null>(null);
  const [selection, setSelection] = useState<DragZoom["selection"]>(null);
  const [t0, t1] = domain;

  const xOf = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
      return Math.min(plotRight, Math.max(plotLeft, x));
    },
    [plotLeft, plotRight],
  );
  const timeAt = useCallback(
    (x: number) => t0 + ((x - plotLeft) / Math.max(1, plotRight - plotLeft)) * (t1 - t0),
    [t0, t1, plotLeft, plotRight],
  );

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || event.pointerType === "touch") return;
      const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
      if (x < plotLeft || x > plotRight) return;
      startX.current = x;
      // No focus move and no text selection on press: recharts' layers are focusable (tabindex -1) and
      // would draw the browser's focus ring around the bars while dragging.
      event.preventDefault();
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    [plotLeft, plotRight],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const from = startX.current;
      if (from === null) return;
      const x = xOf(event);
      if (Math.abs(x - from) < DRAG_THRESHOLD_PX) return;
      setSelection({ left: Math.min(from, x), width: Math.abs(x - from) });
    },
    [xOf],
  );
  const onPointerUp = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const from = startX.current;
      startX.current = null;
      setSelection(null);
      if (from === null) return;
      const x = xOf(event);
      if (Math.abs(x - from) >= DRAG_THRESHOLD_PX) onZoom?.(timeAt(from), timeAt(x));
      else onClickAt?.(timeAt(x));
    },
    [xOf, timeAt, onZoom, onClickAt],
  );
  const onPointerCancel = useCallback(() => {
    startX.current = null;
    setSelection(null);
  }, []);

  if (onZoom === undefined) return { handlers: {}, selection: null };
  return { handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel }, selection };
}
