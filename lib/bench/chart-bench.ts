import type { Page } from "@playwright/test";
import type { BenchRow } from "./bench-row";
import { launchBrowser, newContext } from "./browser";
import { formatRatio, ratio } from "./format-ratio";
import type { ChartJob, ChartSide } from "./pages/bench-data";
import { median, percentile } from "./stats";

/**
 * Chart render times in headless Chromium, on the bench's own chart page (lib/bench/pages, served by
 * lib/bench/page-server.ts, never part of the app's build). Three sides draw the same 30-day minute
 * metrics at 1200 x 240 with the same ticks: the dashboard's chart components, plain recharts with every
 * point (configured as ours is: numeric time axis, our ticks, no vertical grid lines to place), and
 * uPlot with every point, the practical floor. Each side draws once untimed, then 5 timed draws each (3 quick),
 * interleaved (the order rotates every round) so a noisy moment on the machine hits every side alike.
 * Time runs from handing over the metrics to the frame after the chart is in the DOM. Hover: pointer
 * event to the painted frame that shows the tooltip.
 */

/** Timed rounds per side: 5, or 3 with BENCH_QUICK=1 (plain recharts takes seconds per draw). */
const RUNS = process.env.BENCH_QUICK === "1" ? 3 : 5;
const MINUTES_30_DAYS = 30 * 1_440;
const FRAME_MS = 1_000 / 60;
const SIDES: readonly ChartSide[] = ["ours", "recharts", "uplot"];

async function drawOnce(page: Page, side: ChartSide): Promise<number> {
  await page.evaluate(() => window.__chartBench?.clear());
  return page.evaluate((s) => window.__chartBench?.render(s) ?? Promise.resolve(Number.NaN), side);
}

/** One warm-up draw per side, then RUNS timed rounds, each side once per round in a rotating order. */
async function timeSides(page: Page, job: ChartJob): Promise<Record<ChartSide, number[]>> {
  await page.evaluate((j) => window.__chartBench?.prepare(j), job);
  for (const side of SIDES) await drawOnce(page, side);
  const samples: Record<ChartSide, number[]> = { ours: [], recharts: [], uplot: [] };
  for (let round = 0; round < RUNS; round++) {
    for (let i = 0; i < SIDES.length; i++) {
      const side = SIDES[(round + i) % SIDES.length] as ChartSide;
      samples[side].push(await drawOnce(page, side));
    }
  }
  await page.evaluate(() => window.__chartBench?.clear());
  return samples;
}

async function hoverLatencies(page: Page, job: ChartJob): Promise<number[]> {
  await page.evaluate((j) => window.__chartBench?.prepare(j), job);
  await drawOnce(page, "ours");
  await page.evaluate(() => window.__chartBench?.watchHover());
  const box = await page.locator("#chart-bench-root .chart-frame").boundingBox();
  if (!box) throw new Error("no chart to hover");
  const y = box.y + box.height / 2;
  let expected = 0;
  for (let x = box.x + 80; x < box.x + box.width - 20; x += 37) {
    await page.mouse.move(x, y);
    expected++;
    await page
      .waitForFunction((n) => (window.__chartBench?.hoverSamples().length ?? 0) >= n, expected, {
        timeout: 2_000,
      })
      .catch(() => {
        expected--;
      });
  }
  return page.evaluate(() => window.__chartBench?.hoverSamples() ?? []);
}

interface Comparison {
  label: string;
  job: ChartJob;
  draw?: { targetId: string; ms: number };
  speedUp?: { targetId: string; times: number };
}

export async function runChartBench(pagesUrl: string): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, pagesUrl);
    const page = await context.newPage();
    const response = await page.goto(`${pagesUrl}/charts`);
    if (!response?.ok()) throw new Error(`the chart bench page answered ${response?.status()}`);
    await page.waitForFunction(() => window.__chartBench !== undefined);

    const rows: BenchRow[] = [];
    const comparisons: Comparison[] = [
      {
        label: "30-day minute gauge, 3 series",
        job: { kind: "gauge", series: 3, readings: MINUTES_30_DAYS },
        draw: { targetId: "charts.gauge-draw", ms: 200 },
        speedUp: { targetId: "charts.gauge-vs-recharts", times: 10 },
      },
      { label: "30-day stream storage", job: { kind: "gauge", series: 1, readings: MINUTES_30_DAYS } },
      {
        label: "30-day minute append-ops (bars)",
        job: { kind: "bars", series: 2, readings: MINUTES_30_DAYS },
        draw: { targetId: "charts.bars-draw", ms: 100 },
      },
    ];
    for (const { label, job, draw, speedUp } of comparisons) {
      const samples = await timeSides(page, job);
      const ours = median(samples.ours);
      const recharts = median(samples.recharts);
      const uplot = median(samples.uplot);
      const what = `${job.series} x 43,200 minute ${job.kind === "gauge" ? "readings" : "buckets"}, 1200 x 240 px, median of ${RUNS} after 1 warm-up, interleaved`;
      const vsFloor = ratio(ours, uplot);
      const vsRecharts = ratio(recharts, ours);
      rows.push(
        {
          group: "charts",
          name: `${label}: dashboard chart`,
          value: ours,
          unit: "ms",
          ...(draw === undefined
            ? {}
            : { target: `<= ${draw.ms} ms`, targetId: draw.targetId, pass: ours <= draw.ms }),
          note: what,
          samples: samples.ours,
        },
        {
          group: "charts",
          name: `${label}: uPlot, every point (floor)`,
          value: uplot,
          unit: "ms",
          note: "canvas; same data, ticks and size",
          samples: samples.uplot,
        },
        {
          group: "charts",
          name: `${label}: dashboard / uPlot`,
          value: vsFloor,
          unit: "x",
          note: `ours takes ${formatRatio(vsFloor)} uPlot's time`,
        },
        {
          group: "charts",
          name: `${label}: plain recharts, every point`,
          value: recharts,
          unit: "ms",
          note: "numeric time axis, our ticks and grid settings, no point budget",
          samples: samples.recharts,
        },
        {
          group: "charts",
          name: `${label}: plain recharts / dashboard`,
          value: vsRecharts,
          unit: "x",
          ...(speedUp === undefined
            ? {}
            : {
                target: `>= ${speedUp.times}x`,
                targetId: speedUp.targetId,
                pass: vsRecharts >= speedUp.times,
              }),
          note: `plain recharts takes ${formatRatio(vsRecharts)} our time`,
        },
      );
    }

    for (const [label, job, targetId] of [
      [
        "gauge chart, 3 x 43,200 readings",
        { kind: "gauge", series: 3, readings: MINUTES_30_DAYS },
        "charts.hover-gauge",
      ],
      [
        "bar chart, 2 x 43,200 buckets",
        { kind: "bars", series: 2, readings: MINUTES_30_DAYS },
        "charts.hover-bars",
      ],
    ] as const) {
      const samples = await hoverLatencies(page, job);
      const p95 = percentile(samples, 95);
      rows.push({
        group: "charts",
        name: `hover to painted frame, ${label}, p95`,
        value: p95,
        unit: "ms",
        target: "<= 2 frames (33.3 ms)",
        targetId,
        pass: p95 <= 2 * FRAME_MS,
        note: `median ${median(samples).toFixed(1)} ms over ${samples.length} pointer moves`,
        samples,
      });
    }
    await context.close();
    return rows;
  } finally {
    await browser.close();
  }
}
