import type { BrowserContext, Page } from "@playwright/test";
import type { BenchRow } from "./bench-row";
import { launchBrowser, newContext } from "./browser";
import { formatRatio, ratio } from "./format-ratio";
import { median } from "./stats";

/**
 * What a browser pays for the basin view, in headless Chromium against the production build:
 *
 * - JavaScript: gzip bytes as transferred (next start compresses) of every script the page fetched from
 *   navigation start until its first chart was in the DOM, the lazily loaded chart chunk included,
 *   against every script the sign-in page of the same build fetches (the smallest real page of the
 *   build: the root layout and a form);
 * - lab vitals, median of 5 cold loads (a fresh context each, no CPU throttling): LCP, CLS (largest
 *   session window) and load TBT: the part of each long task over 50 ms from navigation start until the
 *   page is quiet after every panel has drawn, scrolling down a viewport at a time so the charts drawn
 *   only near the viewport are drawn (and counted) too. The earlier, narrower window (first paint until
 *   the panels in the first viewport drew, plus a second) is printed beside it, without a target.
 */

export interface WebBenchOptions {
  appUrl: string;
  cookie: string;
  basin: string;
}

const RUNS = 5;
const PANELS = ["storage", "append-ops", "read-ops", "append-throughput", "read-throughput", "basin-ops"];
/** Quiet: no long task for this long. */
const QUIET_MS = 1_000;

interface ScriptsLoaded {
  bytes: number;
  count: number;
  /** Every size was reported (a cross-origin or cached script reports 0). */
  complete: boolean;
  urls: string[];
}

/** Records when the first chart (a recharts surface inside a panel) entered the DOM. */
const FIRST_CHART_PROBE = () => {
  const w = window as unknown as { __firstChartAt?: number };
  const observer = new MutationObserver(() => {
    if (document.querySelector("section[data-set] .recharts-surface")) {
      w.__firstChartAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

/**
 * Every script the page fetched that started before `until` (ms since navigation start; all of them
 * when undefined), by the Resource Timing entries: gzip body bytes as they came over the wire.
 */
async function scriptsFetched(page: Page, until?: number): Promise<ScriptsLoaded> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => e as PerformanceResourceTiming)
      .map((e) => ({ url: e.name, start: e.startTime, bytes: e.encodedBodySize })),
  );
  const scripts = entries.filter(
    (e) => new URL(e.url).pathname.endsWith(".js") && (until === undefined || e.start <= until),
  );
  return {
    bytes: scripts.reduce((sum, e) => sum + e.bytes, 0),
    count: scripts.length,
    complete: scripts.every((e) => e.bytes > 0),
    urls: scripts.map((e) => new URL(e.url).pathname),
  };
}

/** The basin view's scripts up to its first chart, in a fresh context (an empty cache). */
async function basinScripts(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(FIRST_CHART_PROBE);
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await page.waitForFunction(() => (window as unknown as { __firstChartAt?: number }).__firstChartAt, null, {
    timeout: 60_000,
  });
  const at = await page.evaluate(() => (window as unknown as { __firstChartAt: number }).__firstChartAt);
  const scripts = await scriptsFetched(page, at);
  await page.close();
  return { ...scripts, firstChartAt: at };
}

/** Every script a page fetches until the network is idle (the baseline page draws no chart). */
async function pageScripts(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const scripts = await scriptsFetched(page);
  await page.close();
  return scripts;
}

/**
 * Waits until every panel has its data and has drawn (a chart, label chips or "No data"); with
 * `onlyInView`, drawing is required only of the panels in the first viewport: charts further down are
 * drawn as they near the viewport (useNearViewport), so that is when the page has settled.
 */
async function panelsDrawn(page: Page, onlyInView: boolean): Promise<void> {
  await page.waitForFunction(
    ({ sets, inViewOnly }) =>
      sets.every((set) => {
        const panel = document.querySelector(`section[data-set="${set}"]`);
        if (!panel || panel.getAttribute("aria-busy") === "true") return false;
        if (inViewOnly && panel.getBoundingClientRect().top >= window.innerHeight) return true;
        return (
          panel.querySelector(".recharts-surface, [data-testid='label-chips']") !== null ||
          (panel.textContent?.includes("No data") ?? false)
        );
      }),
    { sets: PANELS, inViewOnly: onlyInView },
    { timeout: 60_000 },
  );
}

const VITALS_PROBE = () => {
  const w = window as unknown as {
    __vitals: {
      lcp: number;
      shifts: { t: number; v: number }[];
      long: { t: number; d: number }[];
      fcp: number;
    };
  };
  w.__vitals = { lcp: 0, shifts: [], long: [], fcp: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__vitals.lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) w.__vitals.shifts.push({ t: e.startTime, v: e.value });
    }
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__vitals.long.push({ t: e.startTime, d: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") w.__vitals.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
};

/** CLS as Chrome reports it: the largest burst of shifts less than 1 s apart, spanning at most 5 s. */
export function largestSessionWindow(shifts: readonly { t: number; v: number }[]): number {
  let best = 0;
  let current = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { t, v } of [...shifts].sort((a, b) => a.t - b.t)) {
    if (t - last > 1_000 || t - windowStart > 5_000) {
      current = 0;
      windowStart = t;
    }
    current += v;
    last = t;
    best = Math.max(best, current);
  }
  return best;
}

/** The part of each long task over 50 ms, for tasks overlapping [from, to). */
const blockingTime = (long: readonly { t: number; d: number }[], from: number, to: number) =>
  long
    .filter((task) => task.t + task.d > from && task.t < to)
    .reduce((sum, task) => sum + Math.max(0, task.d - 50), 0);

type Vitals = {
  lcp: number;
  shifts: { t: number; v: number }[];
  long: { t: number; d: number }[];
  fcp: number;
};
const readVitals = (page: Page) => page.evaluate(() => (window as unknown as { __vitals: Vitals }).__vitals);

/** Waits until no long task has started or run in the last QUIET_MS (at most 15 s more). */
async function untilQuiet(page: Page): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { now, lastEnd } = await page.evaluate(() => {
      const long = (window as unknown as { __vitals: Vitals }).__vitals.long;
      return { now: performance.now(), lastEnd: Math.max(0, ...long.map((t) => t.t + t.d)) };
    });
    if (now - lastEnd >= QUIET_MS || Date.now() > deadline) return now;
    await page.waitForTimeout(250);
  }
}

async function vitalsOnce(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(VITALS_PROBE);
  await page.goto(url);
  await panelsDrawn(page, true);
  const inViewDrawnAt = await page.evaluate(() => performance.now());
  // Down a viewport at a time, as a reader scrolls, so every chart drawn near the viewport is drawn.
  for (;;) {
    const more = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      return window.scrollY > before;
    });
    await panelsDrawn(page, true);
    if (!more) break;
    await page.waitForTimeout(100);
  }
  await panelsDrawn(page, false);
  const quietAt = await untilQuiet(page);
  const v = await readVitals(page);
  await page.close();
  return {
    lcp: v.lcp,
    cls: largestSessionWindow(v.shifts),
    loadTbt: blockingTime(v.long, 0, Number.POSITIVE_INFINITY),
    inViewTbt: blockingTime(v.long, v.fcp, inViewDrawnAt + 1_000),
    inViewDrawnAt,
    quietAt,
  };
}

export async function runWebBench(opts: WebBenchOptions): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  try {
    const basinUrl = `${opts.appUrl}/basins/${opts.basin}`;
    const rows: BenchRow[] = [];

    // A fresh context (empty cache) for each page, so every script it needs is counted.
    const basinContext = await newContext(browser, opts.appUrl, opts.cookie);
    const basin = await basinScripts(basinContext, basinUrl);
    await basinContext.close();
    const signInContext = await newContext(browser, opts.appUrl);
    const signIn = await pageScripts(signInContext, `${opts.appUrl}/sign-in`);
    await signInContext.close();
    const kb = (bytes: number) => bytes / 1024;
    const jsRatio = ratio(basin.bytes, signIn.bytes);
    const sizes = (s: ScriptsLoaded) => `${s.count} scripts${s.complete ? "" : ", some sizes unknown"}`;
    rows.push(
      {
        group: "javascript",
        name: "sign-in page JS (gzip), every script fetched",
        value: kb(signIn.bytes),
        unit: "KB",
        note: `${sizes(signIn)}; the baseline: the smallest real page of the build`,
      },
      {
        group: "javascript",
        name: "basin view first-load JS (gzip), until its first chart is drawn",
        value: kb(basin.bytes),
        unit: "KB",
        note: `${sizes(basin)} fetched before the first chart was in the DOM (${basin.firstChartAt.toFixed(0)} ms), chart chunk included`,
      },
      {
        group: "javascript",
        name: "basin view first-load JS / sign-in page JS",
        value: jsRatio,
        unit: "x",
        target: "<= 2x",
        targetId: "web.first-load-js",
        pass: jsRatio <= 2,
        note: formatRatio(jsRatio),
      },
    );

    const runs: Awaited<ReturnType<typeof vitalsOnce>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(browser, opts.appUrl, opts.cookie);
      runs.push(await vitalsOnce(context, basinUrl));
      await context.close();
    }
    const pick = (f: (r: (typeof runs)[number]) => number) => runs.map(f);
    const lcp = median(pick((r) => r.lcp));
    const cls = median(pick((r) => r.cls));
    const loadTbt = median(pick((r) => r.loadTbt));
    const note = `/basins/${opts.basin}, median of ${RUNS} cold loads, no throttling`;
    rows.push(
      {
        group: "vitals",
        name: "basin view LCP",
        value: lcp,
        unit: "ms",
        target: "<= 2500 ms",
        targetId: "web.lcp",
        pass: lcp <= 2_500,
        note,
        samples: pick((r) => r.lcp),
      },
      {
        group: "vitals",
        name: "basin view CLS (through scrolling to the end)",
        value: cls,
        unit: "",
        target: "<= 0.1",
        targetId: "web.cls",
        pass: cls <= 0.1,
        note,
        samples: pick((r) => r.cls),
      },
      {
        group: "vitals",
        name: "basin view load TBT, whole load",
        value: loadTbt,
        unit: "ms",
        target: "<= 200 ms",
        targetId: "web.tbt",
        pass: loadTbt <= 200,
        note: `navigation start until quiet (${QUIET_MS} ms without a long task) after every panel drew, scrolled through (median ${median(pick((r) => r.quietAt)).toFixed(0)} ms)`,
        samples: pick((r) => r.loadTbt),
      },
      {
        group: "vitals",
        name: "basin view blocking time, first paint to panels in view + 1 s (old window)",
        value: median(pick((r) => r.inViewTbt)),
        unit: "ms",
        note: `the narrower window earlier runs reported; panels in view drew at median ${median(pick((r) => r.inViewDrawnAt)).toFixed(0)} ms`,
        samples: pick((r) => r.inViewTbt),
      },
    );
    return rows;
  } finally {
    await browser.close();
  }
}
