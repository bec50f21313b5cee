import type { ChartJob } from "@/app/bench/charts/chart-bench";
import type { BenchRow } from "./bench-row";
import { launchBrowser, newContext } from "./browser";
import { median, percentile } from "./stats";

/**
 * Chart render times in headless Chromium, on `/bench/charts` (served only with BENCH_PAGES=1): the
 * dashboard's chart components given every reading, next to plain recharts given the same points with
 * no point budget, side by side in one run, 1200 px wide, median of 5 after one warm-up (recharts: of 3). Time runs from
 * handing React the data to the frame after the chart is in the DOM. Hover: pointer event to the painted
 * frame that shows the tooltip.
 */

const RUNS = 5;
/** Plain recharts with every point takes seconds per draw (bars: tens of seconds): 3 runs, no warm-up. */
const RAW_RUNS = 3;
const MINUTES_30_DAYS = 30 * 1_440;
const FRAME_MS = 1_000 / 60;

async function timeJob(page: import("@playwright/test").Page, job: ChartJob): Promise<number[]> {
  await page.evaluate((j) => window.__chartBench?.prepare(j), job);
  const [runs, warmUps] = job.mode === "raw" ? [RAW_RUNS, 0] : [RUNS, 1];
  const samples: number[] = [];
  for (let i = 0; i < warmUps + runs; i++) {
    await page.evaluate(() => window.__chartBench?.clear());
    const ms = await page.evaluate(() => window.__chartBench?.render() ?? Promise.resolve(Number.NaN));
    if (i >= warmUps) samples.push(ms);
  }
  return samples;
}

async function hoverLatencies(page: import("@playwright/test").Page, job: ChartJob): Promise<number[]> {
  await page.evaluate((j) => window.__chartBench?.prepare(j), job);
  await page.evaluate(() => window.__chartBench?.clear());
  await page.evaluate(() => window.__chartBench?.render());
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

export async function runChartBench(appUrl: string): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, appUrl);
    const page = await context.newPage();
    const response = await page.goto(`${appUrl}/bench/charts`);
    if (!response?.ok())
      throw new Error(`/bench/charts answered ${response?.status()}: start the app with BENCH_PAGES=1`);
    await page.waitForFunction(() => window.__chartBench !== undefined);

    const rows: BenchRow[] = [];
    const compare = async (
      label: string,
      kind: ChartJob["kind"],
      series: number,
      budgetTarget?: number,
      ratioTarget?: number,
    ) => {
      const budget = median(await timeJob(page, { kind, mode: "budget", series, readings: MINUTES_30_DAYS }));
      const raw = median(await timeJob(page, { kind, mode: "raw", series, readings: MINUTES_30_DAYS }));
      const what = `${series} x 43,200 minute ${kind === "gauge" ? "readings" : "buckets"}, 1200 px`;
      const note = `${what}, median of ${RUNS}`;
      rows.push({
        group: "charts",
        name: `${label}: dashboard chart`,
        value: budget,
        unit: "ms",
        ...(budgetTarget === undefined
          ? {}
          : { target: `<= ${budgetTarget} ms`, pass: budget <= budgetTarget }),
        note,
      });
      rows.push({
        group: "charts",
        name: `${label}: recharts, every point`,
        value: raw,
        unit: "ms",
        note: `${what}, median of ${RAW_RUNS}`,
      });
      rows.push({
        group: "charts",
        name: `${label}: speed-up over recharts`,
        value: raw / budget,
        unit: "x",
        ...(ratioTarget === undefined
          ? {}
          : { target: `>= ${ratioTarget}x`, pass: raw / budget >= ratioTarget }),
      });
    };
    await compare("30-day minute gauge, 3 series", "gauge", 3, 200, 10);
    await compare("30-day stream storage", "gauge", 1);
    await compare("30-day minute append-ops (accumulation)", "bars", 2, 100);

    for (const [label, kind, series] of [
      ["gauge chart, 3 x 43,200 readings", "gauge", 3],
      ["bar chart, 2 x 43,200 buckets", "bars", 2],
    ] as const) {
      const samples = await hoverLatencies(page, { kind, mode: "budget", series, readings: MINUTES_30_DAYS });
      const p95 = percentile(samples, 95);
      rows.push({
        group: "charts",
        name: `hover to painted frame, ${label}, p95`,
        value: p95,
        unit: "ms",
        target: "<= 2 frames (33.3 ms)",
        pass: p95 <= 2 * FRAME_MS,
        note: `median ${median(samples).toFixed(1)} ms over ${samples.length} pointer moves`,
      });
    }
    await context.close();
    return rows;
  } finally {
    await browser.close();
  }
}
