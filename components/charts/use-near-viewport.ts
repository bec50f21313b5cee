"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * Whether an element has come within `marginPx` below the viewport; once true it stays true. Charts
 * below the fold are drawn when they are about to be seen rather than all at page load, as Grafana does
 * with its panels: each chart's first draw is a burst of recharts work, and drawing the ones nobody
 * looks at yet only delays the page's answer to input. True at once where IntersectionObserver is
 * missing, and for printing (a printed page shows every chart).
 */
export function useNearViewport<T extends Element>(
  marginPx = 200,
): [ref: (el: T | null) => () => void, near: boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (el: T | null) => {
      if (el === null) return () => {};
      if (typeof IntersectionObserver !== "function") {
        setNear(true);
        return () => {};
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { rootMargin: `0px 0px ${marginPx}px 0px` },
      );
      observer.observe(el);
      return () => observer.disconnect();
    },
    [marginPx],
  );
  useEffect(() => {
    if (near) return;
    const drawAll = () => setNear(true);
    window.addEventListener("beforeprint", drawAll);
    return () => window.removeEventListener("beforeprint", drawAll);
  }, [near]);
  return [ref, near];
}
