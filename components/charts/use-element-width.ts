"use client";

import { useCallback, useState } from "react";

/**
 * The width of an element, kept current by a ResizeObserver; null until the element is mounted.
 * The first measurement happens in the ref callback, during commit and before paint, so a chart
 * sized from it never flashes at a guessed width.
 */
export function useElementWidth<T extends Element>(): [
  ref: (el: T | null) => () => void,
  width: number | null,
] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((el: T | null) => {
    if (el === null) return () => {};
    setWidth(Math.floor(el.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The width data is shaped for, rounded up to a step, so dragging a window edge re-renders the SVG at
 * every pixel but re-shapes (downsamples, re-buckets) only every SHAPE_STEP_PX.
 */
export const SHAPE_STEP_PX = 64;
export const DEFAULT_CHART_WIDTH = 800;

export function shapeWidth(measured: number | null): number {
  const width = measured ?? DEFAULT_CHART_WIDTH;
  return Math.max(SHAPE_STEP_PX, Math.ceil(width / SHAPE_STEP_PX) * SHAPE_STEP_PX);
}
