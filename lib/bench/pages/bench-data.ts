import type { AccumulationMetric, GaugeMetric, Point } from "@/lib/s2/contract";

/**
 * Synthetic, seeded chart data for the render bench, and the conversions the two comparison sides need
 * (plain recharts rows, uPlot's aligned columns). Every side is handed the same metrics, as the API
 * answers them; each side's conversion into its own format runs inside its timed draw, as the
 * dashboard's own shaping does.
 */

export type ChartKind = "gauge" | "bars";
/** `ours`: the dashboard's chart components; `recharts`: plain recharts, every point; `uplot`: the floor. */
export type ChartSide = "ours" | "recharts" | "uplot";
export const CHART_SIDES: readonly ChartSide[] = ["ours", "recharts", "uplot"];

export interface ChartJob {
  kind: ChartKind;
  series: number;
  /** Minute readings (gauges) or minute buckets (bars) per series. */
  readings: number;
}

export interface BenchMetrics {
  job: ChartJob;
  gauges: GaugeMetric[];
  accumulations: AccumulationMetric[];
  range: { start: number; end: number };
}

/** Plot size of every side: the width the old bench used, the dashboard's chart height. */
export const BENCH_WIDTH = 1_200;
export const BENCH_HEIGHT = 240;
export const BENCH_END = 1_795_305_600;
const MINUTE = 60;

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
      values.push([BENCH_END - (job.readings - i) * MINUTE, Math.round(level)]);
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
      values.push([BENCH_END - (job.readings - i) * MINUTE, Math.round(random() * 1_000)]);
    }
    return {
      name: s === 0 ? "standard" : `class-${s}`,
      unit: "operations" as const,
      interval: "minute",
      values,
    };
  });
}

export function benchMetrics(job: ChartJob): BenchMetrics {
  return {
    job,
    gauges: job.kind === "gauge" ? gaugeData(job) : [],
    accumulations: job.kind === "bars" ? barData(job) : [],
    range: { start: BENCH_END - job.readings * MINUTE, end: BENCH_END },
  };
}

const seriesOf = (m: BenchMetrics): readonly { values: readonly Point[] }[] =>
  m.job.kind === "gauge" ? m.gauges : m.accumulations;

/**
 * One column per minute of the range, `null` where a series has no reading: uPlot's aligned data
 * (`[xs, ...ys]`) and the rows plain recharts draws both come from this.
 */
export function alignedColumns(m: BenchMetrics): { xs: number[]; ys: (number | null)[][] } {
  const count = Math.round((m.range.end - m.range.start) / MINUTE);
  const xs = Array.from({ length: count }, (_, i) => m.range.start + i * MINUTE);
  const ys = seriesOf(m).map((series) => {
    const column: (number | null)[] = new Array(count).fill(null);
    for (const [t, v] of series.values) {
      const i = Math.round((t - m.range.start) / MINUTE);
      if (i >= 0 && i < count) column[i] = v;
    }
    return column;
  });
  return { xs, ys };
}

/** Rows for plain recharts: `{ t, s0, s1, ... }`, one per minute. */
export function rechartsRows(m: BenchMetrics): Record<string, number | null>[] {
  const { xs, ys } = alignedColumns(m);
  return xs.map((t, i) => {
    const row: Record<string, number | null> = { t };
    ys.forEach((column, s) => {
      row[`s${s}`] = column[i] ?? null;
    });
    return row;
  });
}

/** Running sums of the columns (series 0 at the bottom), for stacked bars drawn by uPlot. */
export function stackColumns(ys: readonly (readonly (number | null)[])[]): (number | null)[][] {
  const stacked: (number | null)[][] = [];
  let below: (number | null)[] | undefined;
  for (const column of ys) {
    const sums = column.map((v, i) => {
      const base = below?.[i] ?? null;
      return v === null ? base : (base ?? 0) + v;
    });
    stacked.push(sums);
    below = sums;
  }
  return stacked;
}

/** The largest value the chart must show: a gauge's highest reading, the bars' highest stack. */
export function maxShown(ys: readonly (readonly (number | null)[])[], stacked: boolean): number {
  let max = 0;
  const columns = stacked ? stackColumns(ys) : ys;
  for (const column of columns) for (const v of column) if (v !== null && v > max) max = v;
  return max;
}
