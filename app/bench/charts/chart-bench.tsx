"use client";

import { useEffect, useState } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { AccumulationBarChart } from "@/components/charts/accumulation-bar-chart";
import { GaugeLineChart } from "@/components/charts/gauge-line-chart";
import type { AccumulationMetric, GaugeMetric, Point } from "@/lib/s2/contract";

/**
 * The chart render bench, driven by `lib/bench/chart-bench.ts` through `window.__chartBench`. `budget`
 * renders the dashboard's own chart components, given every reading (they downsample or re-bucket to
 * the width themselves); `raw` renders plain recharts with every point, which is what a chart without a
 * point budget costs. Data is synthetic and seeded, and built before the clock starts.
 */

export interface ChartJob {
  kind: "gauge" | "bars";
  mode: "budget" | "raw";
  series: number;
  /** Minute readings (gauges) or minute buckets (bars) per series. */
  readings: number;
}

const WIDTH = 1_200;
const HEIGHT = 240;
const END = 1_795_305_600;

/** A seeded linear congruential generator: the same job always draws the same data. */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
    return x / 4_294_967_296;
  };
}

function gaugeData(job: ChartJob): GaugeMetric[] {
  return Array.from({ length: job.series }, (_, s) => {
    const random = lcg(17 + s);
    let level = 2e9 * (s + 1);
    const values: Point[] = [];
    for (let i = 0; i < job.readings; i++) {
      level = Math.max(0, level + (random() - 0.49) * 5e6);
      values.push([END - (job.readings - i) * 60, Math.round(level)]);
    }
    return { name: `stream-${s}`, unit: "bytes" as const, values };
  });
}

function barData(job: ChartJob): AccumulationMetric[] {
  return Array.from({ length: job.series }, (_, s) => {
    const random = lcg(101 + s);
    const values: Point[] = [];
    for (let i = 0; i < job.readings; i++) {
      // Quiet hours leave buckets out entirely, as S2 does.
      if (random() < 0.3) continue;
      values.push([END - (job.readings - i) * 60, Math.round(random() * 1_000)]);
    }
    return {
      name: s === 0 ? "standard" : `class-${s}`,
      unit: "operations" as const,
      interval: "minute",
      values,
    };
  });
}

interface Prepared {
  job: ChartJob;
  gauges: GaugeMetric[];
  accumulations: AccumulationMetric[];
  rows: Record<string, number | null>[];
  range: { start: number; end: number };
}

function prepare(job: ChartJob): Prepared {
  const range = { start: END - job.readings * 60, end: END };
  const gauges = job.kind === "gauge" ? gaugeData(job) : [];
  const accumulations = job.kind === "bars" ? barData(job) : [];
  const rows: Record<string, number | null>[] = [];
  if (job.mode === "raw") {
    const byT = new Map<number, Record<string, number | null>>();
    for (let i = 0; i < job.readings; i++) {
      const t = range.start + i * 60;
      const row: Record<string, number | null> = { t };
      for (let s = 0; s < job.series; s++) row[`s${s}`] = null;
      byT.set(t, row);
      rows.push(row);
    }
    [...gauges, ...accumulations].forEach((metric, s) => {
      for (const [t, v] of metric.values) {
        const row = byT.get(t);
        if (row) row[`s${s}`] = v;
      }
    });
  }
  return { job, gauges, accumulations, rows, range };
}

const DONE_SELECTOR: Record<ChartJob["kind"], Record<ChartJob["mode"], string>> = {
  gauge: { budget: ".recharts-area-curve", raw: ".recharts-line-curve" },
  bars: { budget: "rect[data-bucket]", raw: ".recharts-bar-rectangle" },
};

/** Resolves after the frame that follows `ready()` becoming true: the chart is in the DOM and painted. */
function afterPaintWhen(root: HTMLElement, ready: () => boolean, timeoutMs = 120_000): Promise<number> {
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
      render(): Promise<number>;
      clear(): Promise<void>;
      /** Starts recording hover latencies: pointer event to the painted frame that shows the tooltip. */
      watchHover(): void;
      hoverSamples(): number[];
    };
  }
}

export function ChartBench() {
  const [shown, setShown] = useState<Prepared | null>(null);

  useEffect(() => {
    let prepared: Prepared | null = null;
    const samples: number[] = [];
    const root = () => document.getElementById("chart-bench-root") as HTMLElement;
    window.__chartBench = {
      prepare(job) {
        prepared = prepare(job);
      },
      async render() {
        const next = prepared;
        if (next === null) throw new Error("prepare a job first");
        const selector = DONE_SELECTOR[next.job.kind][next.job.mode];
        const count = next.job.kind === "gauge" ? next.job.series : 1;
        const began = performance.now();
        const painted = afterPaintWhen(root(), () => root().querySelectorAll(selector).length >= count);
        setShown(next);
        return (await painted) - began;
      },
      async clear() {
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
      window.__chartBench = undefined;
    };
  }, []);

  return (
    <div id="chart-bench-root" style={{ width: WIDTH }} data-ready="true">
      {shown === null ? null : <BenchChart prepared={shown} />}
    </div>
  );
}

function BenchChart({ prepared }: { readonly prepared: Prepared }) {
  const { job, gauges, accumulations, rows, range } = prepared;
  const common = { range, now: END, zone: "UTC", height: HEIGHT };
  if (job.mode === "budget") {
    return job.kind === "gauge" ? (
      <GaugeLineChart title="Bench storage" gauges={gauges} {...common} />
    ) : (
      <AccumulationBarChart title="Bench ops" accumulations={accumulations} interval="minute" {...common} />
    );
  }
  const keys = Array.from({ length: job.series }, (_, s) => `s${s}`);
  const colors = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)"];
  if (job.kind === "gauge") {
    return (
      <LineChart width={WIDTH} height={HEIGHT} data={rows}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="t" type="number" domain={["dataMin", "dataMax"]} />
        <YAxis />
        <Tooltip isAnimationActive={false} />
        {keys.map((key, i) => (
          <Line
            key={key}
            dataKey={key}
            type="stepAfter"
            stroke={colors[i % colors.length]}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  }
  return (
    <BarChart width={WIDTH} height={HEIGHT} data={rows}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="t" />
      <YAxis />
      <Tooltip isAnimationActive={false} />
      {keys.map((key, i) => (
        <Bar
          key={key}
          dataKey={key}
          stackId="total"
          fill={colors[i % colors.length]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
