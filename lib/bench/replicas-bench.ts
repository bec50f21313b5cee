import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { type CountingProxy, countFor, startCountingProxy } from "@/lib/testing/counting-proxy";
import { createTestDatabase, freePort, type PrivateRedis, startPrivateRedis } from "@/lib/testing/services";
import { type AppProcess, startApp } from "./app-process";
import { basinViewRequests } from "./basin-requests";
import type { BenchRow } from "./bench-row";
import { get } from "./http-client";
import { median, percentile } from "./stats";

/**
 * Two replicas of the dashboard (one build, one PostgreSQL database) behind a counting proxy in front of
 * the backend, measured twice in one run: with a shared redis-server, then without Redis (each replica its
 * own in-process cache). The proxy counts the S2 calls, not the app's own counters.
 *
 * - S2 calls per 100 basin-view loads, the loads alternating between the two replicas. Every load is the
 *   basin view's own set of API calls (basin-requests.ts) for the same 24 h view that ended an hour ago:
 *   closed windows, the ones a shared cache may keep.
 * - With Redis: the latency of a closed window fetched through A, then served by B (from Redis: B's
 *   in-process cache has never seen it), each sample a window of its own.
 *
 * When PostgreSQL or Redis cannot start (not root on a machine without them), every row says "not
 * measured" with the reason, and no target counts as met.
 */

const SECRET = "bench-replicas-secret-not-for-production-0123456789";
const ENCRYPTION_KEY = "bench-replicas-encryption-key-not-for-production-01";
const LOADS = 100;
const LATENCY_SAMPLES = 40;
const GROUP = "replicas";

export interface ReplicasBenchOptions {
  s2Url: string;
  token: string;
  basin: string;
}

async function sessionCookie(token: string): Promise<string> {
  const jwt = await encode({
    token: { s2Token: token, signedInAt: Math.floor(Date.now() / 1000), sid: randomUUID() },
    secret: SECRET,
    maxAge: 3_600,
  });
  return `next-auth.session-token=${jwt}`;
}

async function startPair(
  proxy: CountingProxy,
  env: Record<string, string>,
): Promise<[AppProcess, AppProcess]> {
  const common = { AUTH_SECRET: SECRET, DATABASE_ENCRYPTION_KEY: ENCRYPTION_KEY, ...env };
  const a = await startApp(proxy.url, await freePort(), common);
  try {
    const b = await startApp(proxy.url, await freePort(), common);
    return [a, b];
  } catch (error) {
    a.stop();
    throw error;
  }
}

async function fetchOk(url: string, cookie: string): Promise<number> {
  const response = await get(url, { cookie });
  if (response.status !== 200) {
    throw new Error(`${url}: ${response.status} ${response.body.toString().slice(0, 200)}`);
  }
  return response.ms;
}

/**
 * 100 basin-view loads alternating between the replicas; the S2 calls the proxy counted for them, all of
 * them and the metrics calls alone (the stream listing is not a closed window: no replica may reuse it).
 */
async function callsPerLoads(
  pair: [AppProcess, AppProcess],
  proxy: CountingProxy,
  paths: string[],
  cookie: string,
): Promise<{ total: number; metrics: number }> {
  proxy.reset();
  for (let load = 0; load < LOADS; load++) {
    const app = pair[load % 2] as AppProcess;
    await Promise.all(paths.map((p) => fetchOk(`${app.url}${p}`, cookie)));
  }
  const counts = proxy.counts();
  return { total: counts.total, metrics: countFor(counts, "/v1/metrics") };
}

export async function runReplicasBench(opts: ReplicasBenchOptions): Promise<BenchRow[]> {
  const viewEnd = Math.floor(Date.now() / 3_600_000) * 3_600 - 3_600;
  const paths = basinViewRequests(opts.basin, viewEnd);
  const what = `${LOADS} loads of the ${opts.basin} basin view (24 h ended ${new Date(viewEnd * 1000).toISOString()}, ${paths.length} API calls each), alternating between 2 replicas`;
  let redis: PrivateRedis | null = null;
  let database: { url: string; drop(): Promise<void> } | null = null;
  try {
    database = await createTestDatabase("bench_replicas");
    redis = await startPrivateRedis();
  } catch (error) {
    const reason = `not measured: PostgreSQL or Redis could not start (${error instanceof Error ? error.message : String(error)})`;
    await database?.drop().catch(() => {});
    return notMeasured(reason);
  }
  const proxy = await startCountingProxy({ upstream: opts.s2Url });
  const cookie = await sessionCookie(opts.token);
  const rows: BenchRow[] = [];
  try {
    const withRedis = await startPair(proxy, { DATABASE_URL: database.url, REDIS_URL: redis.url });
    let shared: { total: number; metrics: number };
    try {
      shared = await callsPerLoads(withRedis, proxy, paths, cookie);
      rows.push(...(await crossReplicaLatency(withRedis, proxy, opts.basin, cookie)));
    } finally {
      for (const app of withRedis) app.stop();
    }
    // REDIS_URL= is "unset" to the dashboard: each replica keeps its own cache.
    const withoutRedis = await startPair(proxy, { DATABASE_URL: database.url, REDIS_URL: "" });
    let separate: { total: number; metrics: number };
    try {
      separate = await callsPerLoads(withoutRedis, proxy, paths, cookie);
    } finally {
      for (const app of withoutRedis) app.stop();
    }
    rows.unshift(
      {
        group: GROUP,
        name: "S2 calls per 100 basin-view loads, 2 replicas, no Redis",
        value: separate.total,
        unit: "calls",
        note: `${separate.metrics} metrics calls, the rest stream listings; ${what}`,
      },
      {
        group: GROUP,
        name: "S2 calls per 100 basin-view loads, 2 replicas, shared Redis",
        value: shared.total,
        unit: "calls",
        note: `${shared.metrics} metrics calls, the rest stream listings (never shared: not a closed window)`,
      },
      {
        group: GROUP,
        name: "S2 metrics calls per 100 basin-view loads, 2 replicas, no Redis",
        value: separate.metrics,
        unit: "calls",
        note: "each replica fetches each closed window once",
      },
      {
        group: GROUP,
        name: "S2 metrics calls per 100 basin-view loads, 2 replicas, shared Redis",
        value: shared.metrics,
        unit: "calls",
        target: `<= half of no Redis (${separate.metrics / 2})`,
        targetId: "replicas.shared-calls",
        pass: shared.metrics * 2 <= separate.metrics,
        note: "the two replicas fetch each closed window once between them",
      },
    );
  } finally {
    await proxy.close();
    await redis.stop();
    await database.drop().catch(() => {});
  }
  return rows;
}

/** Closed windows fetched through A, then timed through B (served from Redis): p50, p95, and B's S2 calls. */
async function crossReplicaLatency(
  [a, b]: [AppProcess, AppProcess],
  proxy: CountingProxy,
  basin: string,
  cookie: string,
): Promise<BenchRow[]> {
  const lastMinute = Math.floor(Date.now() / 60_000) * 60;
  const pathOf = (i: number) => {
    // Each sample its own window (an hour, ending 2 h + i minutes ago), so B never has it in process.
    const end = lastMinute - 2 * 3_600 - i * 60;
    return `/api/metrics/${encodeURIComponent(basin)}?set=append-ops&start=${end - 3_600}&end=${end}&interval=minute`;
  };
  const throughA: number[] = [];
  const throughB: number[] = [];
  let callsByB = 0;
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    throughA.push(await fetchOk(`${a.url}${pathOf(i)}`, cookie));
    const before = proxy.counts().total;
    throughB.push(await fetchOk(`${b.url}${pathOf(i)}`, cookie));
    callsByB += proxy.counts().total - before;
  }
  const note = `${LATENCY_SAMPLES} closed 1 h minute windows, each first fetched through replica A`;
  return [
    {
      group: GROUP,
      name: "closed window through A (from S2) p50",
      value: median(throughA),
      unit: "ms",
      note,
      samples: throughA,
    },
    {
      group: GROUP,
      name: "closed window served by B (from Redis) p50",
      value: median(throughB),
      unit: "ms",
      note,
      samples: throughB,
    },
    {
      group: GROUP,
      name: "closed window served by B (from Redis) p95",
      value: percentile(throughB, 95),
      unit: "ms",
      note,
    },
    {
      group: GROUP,
      name: "S2 calls while B served windows A had fetched",
      value: callsByB,
      unit: "calls",
      target: "0",
      targetId: "replicas.cross-replica-cache",
      pass: callsByB === 0,
      note: `over ${LATENCY_SAMPLES} windows`,
    },
  ];
}

function notMeasured(reason: string): BenchRow[] {
  return [
    "S2 calls per 100 basin-view loads, 2 replicas, no Redis",
    "S2 calls per 100 basin-view loads, 2 replicas, shared Redis",
    "S2 metrics calls per 100 basin-view loads, 2 replicas, no Redis",
    "S2 metrics calls per 100 basin-view loads, 2 replicas, shared Redis",
    "closed window served by B (from Redis) p50",
    "closed window served by B (from Redis) p95",
  ].map((name) => ({ group: GROUP, name, value: Number.NaN, unit: "", note: reason }));
}
