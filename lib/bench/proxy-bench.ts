import { z } from "zod";
import { listBasinsResponseSchema } from "@/lib/s2/contract";
import type { BenchRow } from "./bench-row";
import { median, percentile } from "./stats";

/**
 * The cost of going through the dashboard's proxy (`/api/metrics/...`: session decode, validation,
 * upstream call, response validation) against asking the backend directly, for the same query, measured
 * side by side in one run. The caller (the bench runner) provides a signed-in session cookie.
 *
 * The query's window ends now, so the proxy's cache (closed windows only) never answers it; identical
 * concurrent requests are still coalesced, which is part of what the proxy does, so the concurrency rows
 * show it. Upstream calls per request are counted by the backend (`GET /local/stats`, its `metrics` count).
 */

export interface ProxyBenchOptions {
  appUrl: string;
  s2Url: string;
  /** `Cookie` header value of a signed-in session, e.g. `next-auth.session-token=...`. */
  cookie: string;
  /** The S2 token inside that session, for the direct requests. */
  token: string;
}

const WARMUP = 20;
const SEQUENTIAL_REQUESTS = 200;
const CONCURRENCY = 10;
const CONCURRENT_REQUESTS = 500;
const BURST = 50;
const WINDOW_SECONDS = 6 * 3_600;

const backendStatsSchema = z.object({ metrics: z.number() });

interface Target {
  label: "proxy" | "direct";
  url: string;
  headers: Record<string, string>;
}

async function fetchOk(target: Target): Promise<void> {
  const response = await fetch(target.url, { headers: target.headers });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${target.label} ${target.url}: ${response.status} ${Buffer.from(body)}`);
}

/** Runs `total` requests over `concurrency` connections; returns each request's latency and the wall time. */
async function load(target: Target, total: number, concurrency: number) {
  const latencies: number[] = [];
  let started = 0;
  const began = performance.now();
  const worker = async () => {
    while (started < total) {
      started += 1;
      const t0 = performance.now();
      await fetchOk(target);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, seconds: (performance.now() - began) / 1000 };
}

async function backendMetricsCount(s2Url: string): Promise<number | null> {
  const response = await fetch(`${s2Url}/local/stats`).catch(() => null);
  if (!response?.ok) return null;
  const parsed = backendStatsSchema.safeParse(await response.json());
  return parsed.success ? parsed.data.metrics : null;
}

async function firstBasin(opts: ProxyBenchOptions): Promise<string> {
  const response = await fetch(`${opts.s2Url}/v1/basins?limit=1`, {
    headers: { authorization: `Bearer ${opts.token}` },
  });
  const name = listBasinsResponseSchema.parse(await response.json()).basins[0]?.name;
  if (!name) throw new Error("the token sees no basin to benchmark");
  return name;
}

export async function runProxyBench(opts: ProxyBenchOptions): Promise<BenchRow[]> {
  const basin = await firstBasin(opts);
  const end = Math.floor(Date.now() / 1000);
  const query = `set=append-ops&start=${end - WINDOW_SECONDS}&end=${end}&interval=minute`;
  const path = `${encodeURIComponent(basin)}?${query}`;
  const targets: Target[] = [
    { label: "proxy", url: `${opts.appUrl}/api/metrics/${path}`, headers: { cookie: opts.cookie } },
    {
      label: "direct",
      url: `${opts.s2Url}/v1/metrics/${path}`,
      headers: { authorization: `Bearer ${opts.token}` },
    },
  ];
  const what = `6 h minute append-ops of ${basin}`;
  const rows: BenchRow[] = [];

  for (const target of targets) await load(target, WARMUP, 1);

  for (const target of targets) {
    const { latencies } = await load(target, SEQUENTIAL_REQUESTS, 1);
    const note = `${what}, ${SEQUENTIAL_REQUESTS} sequential requests`;
    rows.push({
      group: "proxy",
      name: `${target.label} latency p50, 1 connection`,
      value: median(latencies),
      unit: "ms",
      note,
    });
    rows.push({
      group: "proxy",
      name: `${target.label} latency p99, 1 connection`,
      value: percentile(latencies, 99),
      unit: "ms",
      note,
    });
  }

  for (const target of targets) {
    const { latencies, seconds } = await load(target, CONCURRENT_REQUESTS, CONCURRENCY);
    const note = `${what}, ${CONCURRENT_REQUESTS} identical requests over ${CONCURRENCY} connections`;
    const name = (figure: string) => `${target.label} ${figure}, ${CONCURRENCY} connections`;
    rows.push({ group: "proxy", name: name("latency p50"), value: median(latencies), unit: "ms", note });
    rows.push({
      group: "proxy",
      name: name("latency p99"),
      value: percentile(latencies, 99),
      unit: "ms",
      note,
    });
    rows.push({
      group: "proxy",
      name: name("throughput"),
      value: CONCURRENT_REQUESTS / seconds,
      unit: "req/s",
      note,
    });
  }

  for (const target of targets) {
    const before = await backendMetricsCount(opts.s2Url);
    await Promise.all(Array.from({ length: BURST }, () => fetchOk(target)));
    const after = await backendMetricsCount(opts.s2Url);
    const counted = before !== null && after !== null;
    rows.push({
      group: "proxy",
      name: `${target.label} upstream calls per request, ${BURST} identical concurrent`,
      value: counted ? (after - before) / BURST : Number.NaN,
      unit: "calls",
      note: counted
        ? `${after - before} backend metrics requests for ${BURST} requests (the live simulation makes none)`
        : "the backend has no GET /local/stats with a `metrics` count",
    });
  }
  return rows;
}
