"use client";

import { useEffect, useState } from "react";
import { shapeWidth } from "@/components/charts/use-element-width";

/** The content width of an element (its box less its padding), which a chart inside it fills. */
function contentWidth(el: Element): number {
  const style = getComputedStyle(el);
  return el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
}

/**
 * The width the view's bar charts are shaped for (`shapeWidth` of a panel's content width, as each chart
 * measures its own), so the interval picker describes the bars actually drawn: a 30-day chart in a
 * half-width panel draws coarser bars than one across the page. `fallback` until a panel is on the page
 * (and on the server). Follows resizes and panels mounting.
 */
export function useChartWidth(fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const measure = () => {
      const panel = document.querySelector("section[data-set]");
      if (panel) setWidth(shapeWidth(contentWidth(panel)));
    };
    measure();
    // The body's size changes when panels mount or the window resizes; either may change a panel's width.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  return width;
}
