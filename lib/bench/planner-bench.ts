import { gunzipSync } from "node:zlib";
import type { MetricSetResponse } from "@/lib/s2/contract";
import { startCountingProxy } from "@/lib/testing/counting-proxy";
import { freePort } from "@/lib/testing/services";
import type { ViewState } from "@/lib/time-range/search-params";
import { startApp } from "./app-process";
import { basinViewRequests } from "./basin-requests";
import type { BenchRow } from "./bench-row";
import { type Fetched, get } from "./http-client";
import { median, percentile } from "./stats";

/**
 * The query planner (lib/planner), side by side in one run:
 *
 * - the basin view over 30 days, at auto and at minute interval, against the same view over 24 hours:
 *   the six metric-set requests exactly as the browser makes them (`basinViewRequests`: interval per set,
 *   aligned start, the browser's `points`), sent together as the page does; the time until all six have
 *   answered, median of 5 interleaved rounds;
 * - 30-day minute requests over 10 connections (the view's six, each made distinct by ending a second
 *   earlier than the one before, so neither coalescing nor a cache can answer them): p95;
 * - a 90-day view (and a 13-month one) through a second app whose S2 is a counting proxy in front of the
 *   same backend: S2 calls per metric set cold (first look) and warm (the same view again), and the bytes
 *   S2 sent. The embedded backend may hold less history than the range; the figures say how much it had.
 */

export interface PlannerBenchOptions {
  appUrl: string;
  s2Url: string;
  cookie: string;
  token: string;
  basin: string;
}

const GROUP = "planner";
const ROUNDS = 5;
const CONCURRENCY = 10;
const CONCURRENT_REQUESTS = 120;
const DAY = 86_400;

const ago = (amount: number, unit: "h" | "d"): Pick<ViewState, "range" | "interval"> => ({
  range: { kind: "custom", from: { kind: "ago", amount, unit }, to: { kind: "now" } },
  interval: "auto",
});
const VIEWS = {
  "24 h auto": { range: { kind: "preset", preset: "24h" }, interval: "auto" },
  "24 h minute": { range: { kind: "preset", preset: "24h" }, interval: "minute" },
  "30 d auto": { range: { kind: "preset", preset: "30d" }, interval: "auto" },
  "30 d minute": { range: { kind: "preset", preset: "30d" }, interval: "minute" },
} as const satisfies Record<string, Pick<ViewState, "range" | "interval">>;
type ViewName = keyof typeof VIEWS;

/** The metric-set requests of the basin view (the stream listing left out: it is not the planner's). */
function metricRequests(
  basin: string,
  view: Pick<ViewState, "range" | "interval">,
  now = Math.floor(Date.now() / 1000),
) {
  return basinViewRequests(basin, now, view).filter((p) => p.startsWith("/api/metrics/"));
}

async function fetchOk(url: string, cookie: string) {
  const response = await get(url, { cookie });
  if (response.status !== 200) {
    throw new Error(`${url}: ${response.status} ${response.body.toString().slice(0, 200)}`);
  }
  return response;
}

/** One load of a view: all its sets at once, as the page sends them; ms until the last answers. */
async function loadView(
  opts: PlannerBenchOptions,
  view: Pick<ViewState, "range" | "interval">,
): Promise<number> {
  const began = performance.now();
  await Promise.all(metricRequests(opts.basin, view).map((p) => fetchOk(opts.appUrl + p, opts.cookie)));
  return performance.now() - began;
}

async function viewTimings(opts: PlannerBenchOptions): Promise<BenchRow[]> {
  const names = Object.keys(VIEWS) as ViewName[];
  for (const name of names) await loadView(opts, VIEWS[name]); // warm-up: compile, connect
  const samples = new Map<ViewName, number[]>(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      samples.get(name)?.push(await loadView(opts, VIEWS[name]));
    }
  }
  const med = (name: ViewName) => median(samples.get(name) ?? []);
  const rows: BenchRow[] = [];
  for (const interval of ["auto", "minute"] as const) {
    const long = med(`30 d ${interval}`);
    const short = med(`24 h ${interval}`);
    const note = `basin view, six sets at once, median of ${ROUNDS} interleaved rounds`;
    rows.push(
      {
        group: GROUP,
        name: `24 h view at ${interval}`,
        value: short,
        unit: "ms",
        note,
        samples: samples.get(`24 h ${interval}`),
      },
      {
        group: GROUP,
        name: `30 d view at ${interval}`,
        value: long,
        unit: "ms",
        target: "<= 1000 ms",
        targetId: "planner.view-30d",
        pass: long <= 1_000,
        note,
        samples: samples.get(`30 d ${interval}`),
      },
      {
        group: GROUP,
        name: `30 d / 24 h view at ${interval}`,
        value: long / short,
        unit: "x",
        target: "<= 1.5x",
        targetId: "planner.view-30d-vs-24h",
        pass: long / short <= 1.5,
      },
    );
  }
  return rows;
}

async function concurrentMinute(opts: PlannerBenchOptions): Promise<BenchRow> {
  const now = Math.floor(Date.now() / 1000);
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < CONCURRENT_REQUESTS) {
      const i = next++;
      // Six sets per distinct end: each group of six is one view made a second earlier than the last.
      const requests = metricRequests(opts.basin, VIEWS["30 d minute"], now - Math.floor(i / 6));
      latencies.push(
        (await fetchOk(opts.appUrl + (requests[i % requests.length] as string), opts.cookie)).ms,
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const p95 = percentile(latencies, 95);
  return {
    group: GROUP,
    name: `30 d minute requests, ${CONCURRENCY} connections, p95`,
    value: p95,
    unit: "ms",
    target: "<= 500 ms",
    targetId: "planner.concurrent-30d-minute",
    pass: p95 <= 500,
    note: `${latencies.length} distinct requests (the view's six sets); p50 ${median(latencies).toFixed(0)} ms`,
    samples: latencies,
  };
}

/** The earliest point in any answer, to say how much history the backend really had. */
function earliestPoint(answers: Fetched[]): number | null {
  let earliest: number | null = null;
  for (const { body, encoding } of answers) {
    const text = (encoding === "gzip" ? gunzipSync(body) : body).toString();
    const answer = JSON.parse(text) as MetricSetResponse;
    for (const metric of answer.values) {
      const series =
        "gauge" in metric ? metric.gauge.values : "accumulation" in metric ? metric.accumulation.values : [];
      for (const [t] of series) earliest = earliest === null ? t : Math.min(earliest, t);
    }
  }
  return earliest;
}

/** A long view through the counting app: S2 calls per set cold and warm, and the bytes S2 sent. */
async function longView(
  opts: PlannerBenchOptions & { countingUrl: string; proxy: Awaited<ReturnType<typeof startCountingProxy>> },
  label: string,
  days: number,
  targets: boolean,
): Promise<BenchRow[]> {
  const requests = metricRequests(opts.basin, ago(days, "d"));
  const sets = requests.map((p) => new URLSearchParams(p.split("?")[1]).get("set") ?? "?");
  const look = async () => {
    opts.proxy.reset();
    const began = performance.now();
    const answers = await Promise.all(requests.map((p) => fetchOk(opts.countingUrl + p, opts.cookie)));
    const ms = performance.now() - began;
    const counts = opts.proxy.counts();
    const per = (set: string, of: Record<string, number>) =>
      Object.entries(of)
        .filter(
          ([key]) =>
            key.startsWith(`/v1/metrics/`) && new URLSearchParams(key.split("?")[1]).get("set") === set,
        )
        .reduce((sum, [, n]) => sum + n, 0);
    return {
      ms,
      calls: sets.map((s) => per(s, counts.byPath)),
      bytes: sets.reduce((sum, s) => sum + per(s, counts.bytesByPath), 0),
      answers,
    };
  };
  const cold = await look();
  const warm = await look();
  const since = earliestPoint(cold.answers);
  const start = Math.floor(Date.now() / 1000) - days * DAY;
  const history =
    since === null
      ? "the backend had no data in the range"
      : since > start + DAY
        ? `the backend's data starts ${((since - start) / DAY).toFixed(0)} days into the range`
        : "the backend had data over the whole range";
  const intervals = requests.map((p) => new URLSearchParams(p.split("?")[1]).get("interval")).join(",");
  const perSet = (calls: number[]) => sets.map((s, i) => `${s} ${calls[i]}`).join(", ");
  const coldMax = Math.max(...cold.calls);
  const warmMax = Math.max(...warm.calls);
  const rows: BenchRow[] = [
    {
      group: GROUP,
      name: `${label} view: S2 calls per metric set, cold (most)`,
      value: coldMax,
      unit: "calls",
      ...(targets ? { target: "<= 4", targetId: "planner.long-view-cold-calls", pass: coldMax <= 4 } : {}),
      note: `${perSet(cold.calls)}; intervals ${intervals}; ${cold.ms.toFixed(0)} ms; ${history}`,
    },
    {
      group: GROUP,
      name: `${label} view: S2 calls per metric set, warm (most)`,
      value: warmMax,
      unit: "calls",
      ...(targets ? { target: "<= 1", targetId: "planner.long-view-warm-calls", pass: warmMax <= 1 } : {}),
      note: `${perSet(warm.calls)}; ${warm.ms.toFixed(0)} ms`,
    },
    {
      group: GROUP,
      name: `${label} view: bytes from S2, cold / warm`,
      value: cold.bytes,
      unit: "bytes",
      note: `warm: ${warm.bytes} bytes; counted by a proxy in front of the backend`,
    },
  ];
  return rows;
}

export async function runPlannerBench(opts: PlannerBenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  rows.push(...(await viewTimings(opts)));
  rows.push(await concurrentMinute(opts));

  // A second app whose S2 is a counting proxy: every call and byte from S2 is seen outside the app.
  const proxy = await startCountingProxy({ upstream: opts.s2Url });
  const app = await startApp(proxy.url, await freePort());
  try {
    const cookie = await app.sessionCookie(opts.token);
    const counting = { ...opts, cookie, countingUrl: app.url, proxy };
    rows.push(...(await longView(counting, "30 d", 30, false)));
    rows.push(...(await longView(counting, "90 d", 90, true)));
    // After the 90-day view: the 30-day grid windows the two share are already cached, as they would be
    // for a user who widens the range.
    rows.push(...(await longView(counting, "13 month (after the 90 d)", 396, false)));
  } finally {
    app.stop();
    await proxy.close();
  }
  return rows;
}
