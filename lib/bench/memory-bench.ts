import { readFileSync } from "node:fs";
import type { BenchRow } from "./bench-row";
import { launchBrowser, newContext } from "./browser";

/**
 * A basin view left open with auto-refresh (every 30 s, last 24 hours) for `minutes`: the tab's JS heap
 * (after a forced garbage collection) and the dashboard server's resident memory are sampled every
 * minute, and the last sample is compared with the one taken after the first minute.
 */

export interface MemoryBenchOptions {
  appUrl: string;
  cookie: string;
  basin: string;
  /** The dashboard server's process id, for its RSS. */
  serverPid: number;
  minutes: number;
}

/** Resident memory of a process and its descendants, bytes (Linux /proc). */
export function treeRss(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readFileSync(`/proc/${p}/task/${p}/children`, "utf8").split(/\s+/).filter(Boolean)) {
        visit(Number(task));
      }
    } catch {
      // The process ended between listing and reading: nothing to add.
    }
  };
  visit(pid);
  return total;
}

export async function runMemoryBench(opts: MemoryBenchOptions): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, opts.appUrl, opts.cookie);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.enable");
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    await page.goto(`${opts.appUrl}/basins/${opts.basin}?range=24h&refresh=30s`);
    await page
      .locator('section[data-set="append-ops"] rect[data-bucket]')
      .first()
      .waitFor({ timeout: 60_000 });
    const samples: { minute: number; heap: number; rss: number }[] = [];
    for (let minute = 1; minute <= opts.minutes; minute++) {
      await page.waitForTimeout(60_000);
      samples.push({ minute, heap: await heap(), rss: treeRss(opts.serverPid) });
    }
    await context.close();
    const first = samples[0];
    const last = samples[samples.length - 1];
    if (!first || !last) return [];
    const mb = (bytes: number) => bytes / 2 ** 20;
    const heapRatio = last.heap / first.heap;
    const rssRatio = last.rss / first.rss;
    const refreshes = Math.floor((opts.minutes * 60) / 30);
    const note = `${opts.minutes} min of refresh=30s (${refreshes} refreshes), /basins/${opts.basin}?range=24h`;
    return [
      {
        group: "memory",
        name: `tab JS heap after ${opts.minutes} min / after 1 min`,
        value: heapRatio,
        unit: "x",
        target: "<= 1.5x",
        targetId: "memory.heap",
        pass: heapRatio <= 1.5,
        note: `${mb(first.heap).toFixed(1)} -> ${mb(last.heap).toFixed(1)} MB (after GC); ${note}`,
      },
      {
        group: "memory",
        name: `server RSS after ${opts.minutes} min / after 1 min`,
        value: rssRatio,
        unit: "x",
        target: "<= 1.5x",
        targetId: "memory.rss",
        pass: rssRatio <= 1.5,
        note: `${mb(first.rss).toFixed(0)} -> ${mb(last.rss).toFixed(0)} MB; samples ${samples.map((s) => mb(s.rss).toFixed(0)).join(" ")}`,
      },
    ];
  } finally {
    await browser.close();
  }
}
