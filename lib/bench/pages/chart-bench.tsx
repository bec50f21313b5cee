"use client";

import { useEffect, useRef, useState } from "react";
import type uPlot from "uplot";
import { AccumulationBarChart } from "@/components/charts/accumulation-bar-chart";
import { GaugeLineChart } from "@/components/charts/gauge-line-chart";
import {
  BENCH_END,
  BENCH_HEIGHT,
  BENCH_WIDTH,
  type BenchMetrics,
  benchMetrics,
  type ChartJob,
  type ChartSide,
} from "./bench-data";
import { RawRechartsChart } from "./raw-recharts-chart";
import { chartPalette, drawUPlot } from "./uplot-chart";

/**
 * The chart render bench, driven by `lib/bench/chart-bench.ts` through `window.__chartBench`. One job's
 * metrics are built (seeded) before any clock starts, then drawn by any of three sides: the dashboard's
 * own chart components (`ours`, given every reading: they downsample or re-bucket to the width
 * themselves), plain recharts with every point, and uPlot with every point (the floor). Each draw is
 * timed from handing over the metrics to the frame after the chart is in the DOM (uPlot: on its canvas).
 */

const DONE_SELECTOR: Record<ChartSide, Record<ChartJob["kind"], string>> = {
  ours: { gauge: ".recharts-area-curve", bars: "rect[data-bucket]" },
  recharts: { gauge: ".recharts-area-curve", bars: ".recharts-bar-rectangle" },
  uplot: { gauge: "canvas", bars: "canvas" },
};

/** Resolves after the frame that follows `ready()` becoming true: the chart is in the DOM and painted. */
function afterPaintWhen(root: HTMLElement, ready: () => boolean, timeoutMs = 180_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error("the chart did not render in time"));
    }, timeoutMs);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(() => {
      if (ready()) finish();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    if (ready()) finish();
  });
}

declare global {
  interface Window {
    __chartBench?: {
      prepare(job: ChartJob): void;
      render(side: ChartSide): Promise<number>;
      clear(): Promise<void>;
      /** Starts recording hover latencies: pointer event to the painted frame that shows the tooltip. */
      watchHover(): void;
      hoverSamples(): number[];
    };
  }
}

interface Shown {
  side: "ours" | "recharts";
  metrics: BenchMetrics;
}

export function ChartBench() {
  const [shown, setShown] = useState<Shown | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const uplotHostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let prepared: BenchMetrics | null = null;
    let plot: uPlot | null = null;
    const palette = chartPalette();
    const samples: number[] = [];
    const root = () => {
      if (!rootRef.current) throw new Error("the bench root is not mounted");
      return rootRef.current;
    };
    window.__chartBench = {
      prepare(job) {
        prepared = benchMetrics(job);
      },
      async render(side) {
        const metrics = prepared;
        if (metrics === null) throw new Error("prepare a job first");
        const selector = DONE_SELECTOR[side][metrics.job.kind];
        const count = side !== "uplot" && metrics.job.kind === "gauge" ? metrics.job.series : 1;
        const began = performance.now();
        const painted = afterPaintWhen(root(), () => root().querySelectorAll(selector).length >= count);
        if (side === "uplot") {
          const host = uplotHostRef.current;
          if (!host) throw new Error("the uPlot host is not mounted");
          plot = drawUPlot(metrics, host, palette);
        } else {
          setShown({ side, metrics });
        }
        return (await painted) - began;
      },
      async clear() {
        plot?.destroy();
        plot = null;
        setShown(null);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      },
      watchHover() {
        samples.length = 0;
        let pending = false;
        root().addEventListener(
          "pointermove",
          (event) => {
            if (pending) return;
            pending = true;
            const at = event.timeStamp;
            const changed = new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve();
              });
              observer.observe(root(), {
                childList: true,
                subtree: true,
                attributes: true,
                characterData: true,
              });
            });
            void changed
              .then(() => afterPaintWhen(root(), () => true))
              .then((paintedAt) => {
                samples.push(paintedAt - at);
                pending = false;
              });
          },
          { capture: true },
        );
      },
      hoverSamples: () => [...samples],
    };
    return () => {
      plot?.destroy();
      window.__chartBench = undefined;
    };
  }, []);

  return (
    <div id="chart-bench-root" ref={rootRef} style={{ width: BENCH_WIDTH }}>
      {shown === null ? null : <BenchChart shown={shown} />}
      <div ref={uplotHostRef} />
    </div>
  );
}

function BenchChart({ shown }: { readonly shown: Shown }) {
  const { side, metrics } = shown;
  if (side === "recharts") return <RawRechartsChart metrics={metrics} />;
  const common = { range: metrics.range, now: BENCH_END, zone: "UTC", height: BENCH_HEIGHT };
  return metrics.job.kind === "gauge" ? (
    <GaugeLineChart title="Bench storage" gauges={metrics.gauges} {...common} />
  ) : (
    <AccumulationBarChart
      title="Bench ops"
      accumulations={metrics.accumulations}
      interval="minute"
      {...common}
    />
  );
}
