"use client";

import { useEffect, useState } from "react";

/**
 * A value that reaches the screen in turn with every other staggered value of the page: one per idle
 * period, in the order they changed. Each chart's first draw is a burst of work recharts does
 * synchronously (its parts register through a store, each registration another render); six panels
 * answering together would make that one long task, which blocks input and paint. In turn, each chart
 * is its own short task and the page stays responsive while they appear. Null until the first turn;
 * nothing is queued while `ready` is false (a chart still far below the fold).
 */

type Apply = () => void;
const queue: Apply[] = [];
let pumping = false;

function schedule(work: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(work, { timeout: 250 });
  else setTimeout(work, 0);
}

function pump(): void {
  const next = queue.shift();
  if (next === undefined) {
    pumping = false;
    return;
  }
  next();
  schedule(pump);
}

export function useStaggeredValue<T>(value: T, ready = true): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    if (!ready) return;
    const apply: Apply = () => setShown(() => value);
    queue.push(apply);
    if (!pumping) {
      pumping = true;
      schedule(pump);
    }
    return () => {
      const at = queue.indexOf(apply);
      if (at >= 0) queue.splice(at, 1);
    };
  }, [value, ready]);
  return shown;
}
