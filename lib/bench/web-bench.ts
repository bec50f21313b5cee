import type { BrowserContext, Page } from "@playwright/test";
import type { BenchRow } from "./bench-row";
import { launchBrowser, newContext } from "./browser";
import { median } from "./stats";

/**
 * What a browser pays for the basin view, in headless Chromium against the production build:
 *
 * - JavaScript: gzip bytes as transferred (next start compresses), split into the first-load scripts
 *   (those the page's HTML names) and chunks fetched later (the lazily loaded charts), next to the blank
 *   bench page and the sign-in page of the same build;
 * - lab vitals, median of 5 cold loads (a fresh context each, no CPU throttling): LCP, CLS (largest
 *   session window) and total blocking time (the part of each long task over 50 ms, from first contentful
 *   paint until every panel has drawn).
 */

export interface WebBenchOptions {
  appUrl: string;
  cookie: string;
  basin: string;
}

const RUNS = 5;
const PANELS = ["storage", "append-ops", "read-ops", "append-throughput", "read-throughput", "basin-ops"];

interface ScriptLoad {
  url: string;
  bytes: number;
}

/** Every same-origin script a page load fetched, with its transferred body size. */
async function scriptsOf(context: BrowserContext, url: string, settle: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  const loads: Promise<ScriptLoad>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script" || !request.url().startsWith(new URL(url).origin)) return;
    loads.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
  });
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const html = await response.text();
  await settle(page);
  await page.waitForLoadState("networkidle");
  const scripts = await Promise.all(loads);
  await page.close();
  const inHtml = (s: ScriptLoad) => html.includes(new URL(s.url).pathname);
  const sum = (list: ScriptLoad[]) => list.reduce((total, s) => total + s.bytes, 0);
  return {
    firstLoad: sum(scripts.filter(inHtml)),
    later: sum(scripts.filter((s) => !inHtml(s))),
    encoded: scripts.every((s) => s.bytes > 0),
  };
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

async function vitalsOnce(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(VITALS_PROBE);
  await page.goto(url);
  await panelsDrawn(page, true);
  const drawnAt = await page.evaluate(() => performance.now());
  // A quiet second after: work the page still does once it looks ready counts too.
  await page.waitForTimeout(1_000);
  const scrolledAt = await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
    return performance.now();
  });
  await panelsDrawn(page, false);
  await page.waitForTimeout(500);
  const v = await page.evaluate(
    () =>
      (
        window as unknown as {
          __vitals: {
            lcp: number;
            shifts: { t: number; v: number }[];
            long: { t: number; d: number }[];
            fcp: number;
          };
        }
      ).__vitals,
  );
  await page.close();
  const tbt = blockingTime(v.long, v.fcp, drawnAt + 1_000);
  const scrollBlocking = blockingTime(v.long, scrolledAt, Number.POSITIVE_INFINITY);
  return { lcp: v.lcp, cls: largestSessionWindow(v.shifts), tbt, drawn: drawnAt, scrollBlocking };
}

export async function runWebBench(opts: WebBenchOptions): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  try {
    const basinUrl = `${opts.appUrl}/basins/${opts.basin}`;
    const rows: BenchRow[] = [];

    // A fresh context (empty cache) for each page, so every script it needs is counted.
    const measure = async (
      url: string,
      cookie: string | undefined,
      settle: (page: Page) => Promise<void>,
    ) => {
      const context = await newContext(browser, opts.appUrl, cookie);
      const result = await scriptsOf(context, url, settle);
      await context.close();
      return result;
    };
    const basin = await measure(basinUrl, opts.cookie, (page) => panelsDrawn(page, true));
    const blank = await measure(`${opts.appUrl}/bench/blank`, undefined, async () => {});
    const signIn = await measure(`${opts.appUrl}/sign-in`, undefined, async () => {});
    const kb = (bytes: number) => bytes / 1024;
    const ratio = basin.firstLoad / blank.firstLoad;
    rows.push(
      {
        group: "javascript",
        name: "blank page, first-load JS (gzip)",
        value: kb(blank.firstLoad),
        unit: "KB",
      },
      {
        group: "javascript",
        name: "sign-in page, first-load JS (gzip)",
        value: kb(signIn.firstLoad),
        unit: "KB",
      },
      {
        group: "javascript",
        name: "basin view, first-load JS (gzip)",
        value: kb(basin.firstLoad),
        unit: "KB",
        note: `scripts named in the HTML; ${basin.encoded ? "" : "some sizes unknown; "}${kb(basin.later).toFixed(0)} KB more loads after the shell (charts)`,
      },
      {
        group: "javascript",
        name: "basin view first-load JS / blank page",
        value: ratio,
        unit: "x",
        target: "<= 2x",
        pass: ratio <= 2,
      },
    );

    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(browser, opts.appUrl, opts.cookie);
      runs.push(await vitalsOnce(context, basinUrl));
      await context.close();
    }
    const lcp = median(runs.map((r) => r.lcp));
    const cls = median(runs.map((r) => r.cls));
    const tbt = median(runs.map((r) => r.tbt));
    const note = `/basins/${opts.basin}, median of ${RUNS} cold loads, no throttling`;
    rows.push(
      {
        group: "vitals",
        name: "basin view LCP",
        value: lcp,
        unit: "ms",
        target: "<= 2500 ms",
        pass: lcp <= 2_500,
        note,
      },
      {
        group: "vitals",
        name: "basin view CLS",
        value: cls,
        unit: "",
        target: "<= 0.1",
        pass: cls <= 0.1,
        note,
      },
      {
        group: "vitals",
        name: "basin view total blocking time",
        value: tbt,
        unit: "ms",
        target: "<= 200 ms",
        pass: tbt <= 200,
        note: `from first paint until the panels in view drew (median ${median(runs.map((r) => r.drawn)).toFixed(0)} ms), +1 s`,
      },
      {
        group: "vitals",
        name: "basin view blocking time, scrolling the rest into view",
        value: median(runs.map((r) => r.scrollBlocking)),
        unit: "ms",
        note: "charts below the fold draw as they near the viewport, one per idle period",
      },
    );
    return rows;
  } finally {
    await browser.close();
  }
}
