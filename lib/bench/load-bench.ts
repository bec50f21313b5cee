import { Agent } from "node:http";
import { basinViewRequests } from "./basin-requests";
import type { BenchRow } from "./bench-row";
import { get } from "./http-client";
import { percentile } from "./stats";

/**
 * 100 simulated users, each signed in with a session of their own, loading the basin view over and
 * over for `seconds`: each load fetches the page document (server-rendered HTML, with the session
 * cookie, as a browser navigation does), then the seven API calls the page makes (six metric sets and
 * the stream listing), sent together as the page sends them, then again after a second or so of "reading" (0.5-1.5 s, random).
 * Without that pause the users that got in first re-queue ahead of the ones still waiting for their first
 * answer, and the tail measures who won the race rather than what a user waits. Each load resolves its
 * window at the moment it starts, so users share upstream calls only when they happen to ask within the
 * same second, as real ones would. Like a browser, each user keeps at most 6 connections to the site,
 * and users arrive over the first 2 seconds rather than all in the same millisecond (700 simultaneous
 * connection attempts overflow the listen backlog, and the dropped SYNs retry after 1, 3, 7, 15 s).
 */

export interface LoadBenchOptions {
  appUrl: string;
  basin: string;
  /** One session cookie per simulated user. */
  cookies: readonly string[];
  seconds: number;
}

const CONNECTIONS_PER_USER = 6;
const RAMP_UP_MS = 2_000;
const THINK_MS = { min: 500, max: 1_500 };

export async function runLoadBench(opts: LoadBenchOptions): Promise<BenchRow[]> {
  const latencies: number[] = [];
  const documentLatencies: number[] = [];
  const pageLoadLatencies: number[] = [];
  const failures = new Map<string, number>();
  let pageLoads = 0;
  const began = performance.now();
  const until = began + opts.seconds * 1000;
  await Promise.all(
    opts.cookies.map(async (cookie, user) => {
      const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS_PER_USER });
      await new Promise((r) => setTimeout(r, (user * RAMP_UP_MS) / opts.cookies.length));
      const fetchOne = async (path: string, into: number[], accept: string) => {
        try {
          const response = await get(`${opts.appUrl}${path}`, { cookie, accept }, agent);
          if (response.status === 200) into.push(response.ms);
          else failures.set(String(response.status), (failures.get(String(response.status)) ?? 0) + 1);
          return response.status === 200;
        } catch (error) {
          const code = (error as { code?: string }).code ?? "network";
          failures.set(code, (failures.get(code) ?? 0) + 1);
          return false;
        }
      };
      while (performance.now() < until) {
        const loadBegan = performance.now();
        // The browser asks for the document first; its scripts then ask for the data.
        const documentOk = await fetchOne(
          `/basins/${encodeURIComponent(opts.basin)}`,
          documentLatencies,
          "text/html",
        );
        if (documentOk) {
          const paths = basinViewRequests(opts.basin, Math.floor(Date.now() / 1000));
          const results = await Promise.all(
            paths.map((path) => fetchOne(path, latencies, "application/json")),
          );
          if (results.every(Boolean)) pageLoadLatencies.push(performance.now() - loadBegan);
        }
        pageLoads++;
        await new Promise((r) => setTimeout(r, THINK_MS.min + Math.random() * (THINK_MS.max - THINK_MS.min)));
      }
      agent.destroy();
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  const what = `${opts.cookies.length} users x ${opts.seconds} s (0.5-1.5 s between loads), ${pageLoads} basin view loads of ${opts.basin} (document + 7 API calls)`;
  return [
    {
      group: "load",
      name: `errors, ${opts.cookies.length} concurrent users`,
      value: errors,
      unit: "",
      target: "0",
      targetId: "load.errors",
      pass: errors === 0,
      note: errors === 0 ? what : `${what}; ${[...failures].map(([k, v]) => `${k}: ${v}`).join(", ")}`,
    },
    {
      group: "load",
      name: `throughput, ${opts.cookies.length} concurrent users`,
      value: (latencies.length + documentLatencies.length) / elapsed,
      unit: "req/s",
      note: `${(pageLoads / elapsed).toFixed(1)} page loads/s, documents and API calls`,
    },
    {
      group: "load",
      name: `page document p50, ${opts.cookies.length} concurrent users`,
      value: percentile(documentLatencies, 50),
      unit: "ms",
      note: `p99 ${percentile(documentLatencies, 99).toFixed(0)} ms over ${documentLatencies.length} documents`,
    },
    {
      group: "load",
      name: `whole page load (document, then its API calls) p50, ${opts.cookies.length} users`,
      value: percentile(pageLoadLatencies, 50),
      unit: "ms",
      note: `p99 ${percentile(pageLoadLatencies, 99).toFixed(0)} ms over ${pageLoadLatencies.length} complete loads`,
    },
    {
      group: "load",
      name: `API call latency p50, ${opts.cookies.length} concurrent users`,
      value: percentile(latencies, 50),
      unit: "ms",
    },
    {
      group: "load",
      name: `API call latency p99, ${opts.cookies.length} concurrent users`,
      value: percentile(latencies, 99),
      unit: "ms",
    },
  ];
}
