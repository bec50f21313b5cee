import { request } from "node:http";
import { exportPath } from "@/lib/api/export-contract";
import { listBasinsResponseSchema, metricSetResponseSchema } from "@/lib/s2/contract";
import type { BenchRow } from "./bench-row";
import { treeRss } from "./memory-bench";

/**
 * The heaviest export the dashboard offers: a whole basin (all six sets) over 30 days by minute, as CSV,
 * from `next start` through `/api/export/{basin}`. The busiest basin is the one with the most append
 * operations in the last day, asked of the backend. Measured: the time to the last byte (and to the
 * first), the bytes and rows, and the Next server's resident memory (its process tree, sampled every
 * 50 ms) above what it held just before: a streamed export should stay flat whatever its length.
 */

export interface ExportBenchOptions {
  appUrl: string;
  s2Url: string;
  cookie: string;
  token: string;
  /** The dashboard server's process id, for its RSS. */
  serverPid: number;
}

const DAY = 86_400;
const MB = 2 ** 20;
export const EXPORT_TIME_TARGET_S = 10;
export const EXPORT_RSS_TARGET_MB = 100;

/** The basin with the most append operations over the last day (ties: the first listed). */
async function busiestBasin(s2Url: string, token: string): Promise<{ basin: string; ops: number }> {
  const auth = { authorization: `Bearer ${token}` };
  const listing = await fetch(`${s2Url}/v1/basins`, { headers: auth });
  const names = listBasinsResponseSchema
    .parse(await listing.json())
    .basins.filter((b) => !b.deleted_at)
    .map((b) => b.name);
  const end = Math.floor(Date.now() / 1000 / 3_600) * 3_600;
  let best = { basin: names[0] ?? "", ops: -1 };
  for (const basin of names) {
    const url = `${s2Url}/v1/metrics/${basin}?set=append-ops&start=${end - DAY}&end=${end}&interval=hour`;
    const answer = metricSetResponseSchema.parse(await (await fetch(url, { headers: auth })).json());
    let ops = 0;
    for (const m of answer.values)
      if ("accumulation" in m) for (const [, v] of m.accumulation.values) ops += v;
    if (ops > best.ops) best = { basin, ops };
  }
  if (best.basin === "") throw new Error("the backend has no basin to export");
  return best;
}

interface Streamed {
  status: number;
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  lines: number;
  peakRss: number;
}

/** Reads the export as a browser would save it, never holding it whole, sampling the server's RSS. */
function streamExport(url: string, cookie: string, serverPid: number): Promise<Streamed> {
  const began = performance.now();
  let peakRss = treeRss(serverPid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(serverPid));
  }, 50);
  return new Promise<Streamed>((resolve, reject) => {
    const req = request(url, { headers: { cookie } }, (res) => {
      let firstByteMs = -1;
      let bytes = 0;
      let lines = 0;
      res.on("data", (chunk: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - began;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          firstByteMs,
          totalMs: performance.now() - began,
          bytes,
          lines,
          peakRss: Math.max(peakRss, treeRss(serverPid)),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  }).finally(() => clearInterval(sampler));
}

export async function runExportBench(opts: ExportBenchOptions): Promise<BenchRow[]> {
  const { basin, ops } = await busiestBasin(opts.s2Url, opts.token);
  const end = Math.floor(Date.now() / 1000 / 60) * 60 - 120;
  const range = { start: end - 30 * DAY, end };
  const url = (start: number) =>
    `${opts.appUrl}${exportPath({ basin }, { start, end, interval: "minute", format: "csv", tz: "UTC" })}`;
  // Warm-up: the route's code loaded and compiled, one small export; the baseline is taken after it.
  const warm = await streamExport(url(end - 3_600), opts.cookie, opts.serverPid);
  if (warm.status !== 200) throw new Error(`export answered ${warm.status}`);
  await new Promise((r) => setTimeout(r, 1_000));
  const baseline = treeRss(opts.serverPid);
  const cold = await streamExport(url(range.start), opts.cookie, opts.serverPid);
  if (cold.status !== 200) throw new Error(`export answered ${cold.status}`);
  const growthMb = (cold.peakRss - baseline) / MB;
  const seconds = cold.totalMs / 1000;
  const what = `${basin} (busiest: ${ops.toLocaleString("en-US")} appends in 24 h), all 6 sets, 30 d by minute, CSV`;
  const size = `${(cold.bytes / MB).toFixed(1)} MB, ${(cold.lines - 1).toLocaleString("en-US")} rows, first byte ${(cold.firstByteMs / 1000).toFixed(2)} s`;
  return [
    {
      group: "export",
      name: "whole-basin 30-day minute export: time to last byte",
      value: seconds,
      unit: "s",
      target: `<= ${EXPORT_TIME_TARGET_S} s`,
      targetId: "export.time",
      pass: seconds <= EXPORT_TIME_TARGET_S,
      note: `${what}; ${size}`,
      samples: [cold.firstByteMs, cold.totalMs],
    },
    {
      group: "export",
      name: "whole-basin 30-day minute export: server RSS growth (peak - before)",
      value: growthMb,
      unit: "MB",
      target: `<= ${EXPORT_RSS_TARGET_MB} MB`,
      targetId: "export.rss",
      pass: growthMb <= EXPORT_RSS_TARGET_MB,
      note: `${(baseline / MB).toFixed(0)} -> peak ${(cold.peakRss / MB).toFixed(0)} MB (next start's process tree, sampled every 50 ms)`,
      samples: [baseline, cold.peakRss],
    },
  ];
}
