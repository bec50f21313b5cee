import { z } from "zod";
import { listBasinsResponseSchema } from "@/lib/s2/contract";
import type { BenchRow } from "./bench-row";
import { get } from "./http-client";
import { median, percentile } from "./stats";

/**
 * The cost of going through the dashboard's proxy (`/api/metrics/...`: session decode, validation,
 * upstream call, response validation) against asking the backend directly, for the same queries,
 * measured side by side in one run (interleaved rounds, so drift on a noisy machine hits both alike).
 * The backend answers after an injected 50 ms (its fault switch), as a remote S2 would.
 *
 * Overhead is measured with distinct queries (each request's window ends a second earlier), so the
 * proxy can neither coalesce nor cache them: what remains is its own work. Identical concurrent requests
 * are measured too, where coalescing is what the proxy does. Upstream calls are counted by the backend
 * (`GET /local/stats`, its `metrics` count).
 */

export interface ProxyBenchOptions {
  appUrl: string;
  s2Url: string;
  /** `Cookie` header value of a signed-in session, e.g. `next-auth.session-token=...`. */
  cookie: string;
  /** The S2 token inside that session, for the direct requests. */
  token: string;
  /** How long 50 identical concurrent clients run for the coalescing figure. */
  coalesceSeconds?: number;
}

const LATENCY_MS = 50;
const WARMUP = 30;
const ROUNDS = 5;
const SEQUENTIAL_PER_ROUND = 30;
const CONCURRENT_PER_ROUND = 120;
const CONCURRENCY = 10;
const BURST = 50;
const WINDOW_SECONDS = 6 * 3_600;

const backendStatsSchema = z.object({ metrics: z.number() });

interface Target {
  label: "proxy" | "direct";
  url(i: number): string;
  headers: Record<string, string>;
}

async function fetchOk(target: Target, i: number): Promise<number> {
  const response = await get(target.url(i), target.headers);
  if (response.status !== 200) {
    throw new Error(
      `${target.label} ${target.url(i)}: ${response.status} ${response.body.toString().slice(0, 200)}`,
    );
  }
  return response.ms;
}

/** Runs `total` requests over `concurrency` connections; returns each request's latency and the wall time. */
async function load(target: Target, total: number, concurrency: number, offset = 0) {
  const latencies: number[] = [];
  let started = 0;
  const began = performance.now();
  const worker = async () => {
    while (started < total) {
      const i = offset + started++;
      latencies.push(await fetchOk(target, i));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, seconds: (performance.now() - began) / 1000 };
}

/** The same load on both targets, in alternating rounds. */
async function sideBySide(targets: readonly Target[], perRound: number, concurrency: number) {
  const out = new Map<string, { latencies: number[]; seconds: number }>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      const result = await load(target, perRound, concurrency, round * perRound * 7);
      const acc = out.get(target.label) ?? { latencies: [], seconds: 0 };
      acc.latencies.push(...result.latencies);
      acc.seconds += result.seconds;
      out.set(target.label, acc);
    }
  }
  return out;
}

export async function backendMetricsCount(s2Url: string): Promise<number> {
  const response = await fetch(`${s2Url}/local/stats`);
  return backendStatsSchema.parse(await response.json()).metrics;
}

export async function setBackendFault(s2Url: string, fault: Record<string, unknown> | null): Promise<void> {
  const response = await fetch(`${s2Url}/local/faults`, {
    method: fault === null ? "DELETE" : "PUT",
    ...(fault === null ? {} : { body: JSON.stringify(fault) }),
  });
  if (!response.ok)
    throw new Error(`the backend refused the fault switch (start it with --faults): ${response.status}`);
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
  const base = Math.floor(Date.now() / 1000);
  const path = (i: number) => {
    const end = base - i;
    return `${encodeURIComponent(basin)}?set=append-ops&start=${end - WINDOW_SECONDS}&end=${end}&interval=minute`;
  };
  const distinct: Target[] = [
    { label: "proxy", url: (i) => `${opts.appUrl}/api/metrics/${path(i)}`, headers: { cookie: opts.cookie } },
    {
      label: "direct",
      url: (i) => `${opts.s2Url}/v1/metrics/${path(i)}`,
      headers: { authorization: `Bearer ${opts.token}` },
    },
  ];
  const identical = distinct.map((t) => ({ ...t, url: () => t.url(0) }));
  const what = `6 h minute append-ops of ${basin}, backend +${LATENCY_MS} ms`;
  const rows: BenchRow[] = [];

  await setBackendFault(opts.s2Url, { kind: "latency", ms: LATENCY_MS });
  try {
    for (const target of distinct) await load(target, WARMUP, 5, 50_000);

    const sequential = await sideBySide(distinct, SEQUENTIAL_PER_ROUND, 1);
    for (const label of ["proxy", "direct"] as const) {
      const { latencies } = sequential.get(label) ?? { latencies: [] };
      const note = `${what}, ${latencies.length} distinct sequential requests`;
      rows.push(
        { group: "proxy", name: `${label} p50, 1 connection`, value: median(latencies), unit: "ms", note },
        {
          group: "proxy",
          name: `${label} p99, 1 connection`,
          value: percentile(latencies, 99),
          unit: "ms",
          note,
        },
      );
    }

    const concurrent = await sideBySide(distinct, CONCURRENT_PER_ROUND, CONCURRENCY);
    const proxy = concurrent.get("proxy") ?? { latencies: [], seconds: 1 };
    const direct = concurrent.get("direct") ?? { latencies: [], seconds: 1 };
    const note = `${what}, ${proxy.latencies.length} distinct requests each over ${CONCURRENCY} connections`;
    const p50 = { proxy: median(proxy.latencies), direct: median(direct.latencies) };
    const p99 = { proxy: percentile(proxy.latencies, 99), direct: percentile(direct.latencies, 99) };
    rows.push(
      { group: "proxy", name: `direct p50, ${CONCURRENCY} connections`, value: p50.direct, unit: "ms", note },
      {
        group: "proxy",
        name: `proxy p50, ${CONCURRENCY} connections`,
        value: p50.proxy,
        unit: "ms",
        target: `<= direct + 15 (${(p50.direct + 15).toFixed(0)} ms)`,
        targetId: "proxy.p50",
        pass: p50.proxy <= p50.direct + 15,
        note: `+${(p50.proxy - p50.direct).toFixed(1)} ms over direct`,
      },
      { group: "proxy", name: `direct p99, ${CONCURRENCY} connections`, value: p99.direct, unit: "ms", note },
      {
        group: "proxy",
        name: `proxy p99, ${CONCURRENCY} connections`,
        value: p99.proxy,
        unit: "ms",
        target: `<= 2x direct (${(2 * p99.direct).toFixed(0)} ms)`,
        targetId: "proxy.p99",
        pass: p99.proxy <= 2 * p99.direct,
        note: `${(p99.proxy / p99.direct).toFixed(2)}x direct`,
      },
      {
        group: "proxy",
        name: `direct throughput, ${CONCURRENCY} connections`,
        value: direct.latencies.length / direct.seconds,
        unit: "req/s",
      },
      {
        group: "proxy",
        name: `proxy throughput, ${CONCURRENCY} connections`,
        value: proxy.latencies.length / proxy.seconds,
        unit: "req/s",
      },
    );

    const same = await sideBySide(identical, CONCURRENT_PER_ROUND, CONCURRENCY);
    for (const label of ["proxy", "direct"] as const) {
      const { latencies } = same.get(label) ?? { latencies: [] };
      rows.push({
        group: "proxy",
        name: `${label} p50, ${CONCURRENCY} connections, identical requests`,
        value: median(latencies),
        unit: "ms",
        note: label === "proxy" ? "identical concurrent requests share one upstream call" : undefined,
      });
    }

    rows.push(await coalescing(identical[0] as Target, opts.s2Url, opts.coalesceSeconds ?? 10));
  } finally {
    await setBackendFault(opts.s2Url, null);
  }
  return rows;
}

/** 50 clients sending the same request back to back for `seconds`: upstream calls per proxy request. */
async function coalescing(proxy: Target, s2Url: string, seconds: number): Promise<BenchRow> {
  const before = await backendMetricsCount(s2Url);
  const until = performance.now() + seconds * 1000;
  let requests = 0;
  await Promise.all(
    Array.from({ length: BURST }, async () => {
      while (performance.now() < until) {
        await fetchOk(proxy, 0);
        requests++;
      }
    }),
  );
  const calls = (await backendMetricsCount(s2Url)) - before;
  const share = (100 * calls) / requests;
  return {
    group: "proxy",
    name: `upstream calls per proxy request, ${BURST} identical concurrent clients for ${seconds} s`,
    value: share,
    unit: "%",
    target: "<= 5%",
    targetId: "proxy.coalescing",
    pass: share <= 5,
    note: `${calls} upstream calls for ${requests} requests (backend +${LATENCY_MS} ms)`,
  };
}
