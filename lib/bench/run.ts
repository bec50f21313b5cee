import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { startLocalS2 } from "@/lib/local-s2/spawn";
import { DEMO_TOKEN } from "@/lib/local-s2/tokens";
import { listBasinsResponseSchema } from "@/lib/s2/contract";
import { buildApp, startApp } from "./app-process";
import { runBackendBench } from "./backend-bench";
import type { BenchRow } from "./bench-row";
import { runBreakdownBench } from "./breakdown-bench";
import { runChartBench } from "./chart-bench";
import { runExportBench } from "./export-bench";
import { runLoadBench } from "./load-bench";
import { runMemoryBench } from "./memory-bench";
import { startBenchPageServer } from "./page-server";
import { runPayloadBench } from "./payload-bench";
import { runPlannerBench } from "./planner-bench";
import { printTable } from "./print-table";
import { runProxyBench } from "./proxy-bench";
import { rawFigures, writeRawFigures } from "./raw-figures";
import { runReplicasBench } from "./replicas-bench";
import { runStartupBench } from "./startup-bench";
import { runWebBench } from "./web-bench";

/**
 * `npm run bench`: starts the embedded backend (data kept in .bench/ so later runs skip the backfill,
 * fault switch on for injected latency, on a free port the OS picks) and a production build of the
 * dashboard, serves the bench's own chart page from lib/bench/pages (never part of the app's build), and
 * prints every figure next to its target, then writes the raw figures to .bench/runs/<start>.json.
 * Figures that compare are measured side by side in one run.
 *
 * Environment: BENCH_QUICK=1 shortens the long runs (load 15 s, memory 3 min); BENCH_LOAD_SECONDS and
 * BENCH_MEMORY_MINUTES set them outright; BENCH_ONLY=charts,web,... runs some groups (startup, backend,
 * charts, web, payload, proxy, planner, breakdowns, export, replicas, memory, load); BENCH_SKIP_BUILD=1 reuses the
 * last `next build`.
 */
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3200);
const QUICK = process.env.BENCH_QUICK === "1";
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? (QUICK ? 15 : 60));
const MEMORY_MINUTES = Number(process.env.BENCH_MEMORY_MINUTES ?? (QUICK ? 3 : 10));
const LOAD_USERS = 100;
const ALL_GROUPS = [
  "startup",
  "backend",
  "charts",
  "web",
  "payload",
  "proxy",
  "planner",
  "breakdowns",
  "export",
  "replicas",
  "memory",
  "load",
];
const ONLY = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
const runs = (group: string) => ONLY.size === 0 || ONLY.has(group);

const log = (line: string) => console.error(`bench: ${line}`);

async function pickBasin(s2Url: string): Promise<string> {
  const response = await fetch(`${s2Url}/v1/basins`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
  const names = listBasinsResponseSchema
    .parse(await response.json())
    .basins.filter((b) => !b.deleted_at)
    .map((b) => b.name);
  const basin = names.includes("prod-events") ? "prod-events" : names[0];
  if (!basin) throw new Error("the backend has no basin to benchmark");
  return basin;
}

async function main() {
  const began = performance.now();
  const startedAt = new Date();
  const loadAtStart = loadavg()[0] ?? 0;
  const rows: BenchRow[] = [];
  const failed: string[] = [];
  const step = async (group: string, what: string, work: () => Promise<BenchRow[]>) => {
    if (!runs(group)) return;
    log(what);
    const t0 = performance.now();
    try {
      rows.push(...(await work()));
    } catch (error) {
      // A group that fails leaves its targets "not measured"; the other groups still run and print.
      failed.push(group);
      console.error(error);
    }
    log(`${what}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  };

  await step("startup", "local-s2 start-up", runStartupBench);
  const s2 = await startLocalS2(path.resolve(".bench/local-s2"), ["--faults"]);
  try {
    await step("backend", "backend queries", () => runBackendBench(s2.url));
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      log("building the dashboard");
      buildApp();
    }
    const app = await startApp(s2.url, APP_PORT);
    try {
      const cookie = await app.sessionCookie(DEMO_TOKEN);
      const basin = await pickBasin(s2.url);
      const common = { appUrl: app.url, s2Url: s2.url, cookie, token: DEMO_TOKEN, basin };
      await step("charts", "chart render in Chromium", async () => {
        const pages = await startBenchPageServer();
        try {
          return await runChartBench(pages.url);
        } finally {
          await pages.stop();
        }
      });
      await step("web", "basin view JavaScript and lab vitals", () => runWebBench(common));
      await step("payload", "30-day minute payloads", () => runPayloadBench(common));
      await step("proxy", "proxy vs direct, coalescing", () => runProxyBench(common));
      await step("planner", "query planner: 30-day, 90-day and 13-month views", () =>
        runPlannerBench(common),
      );
      await step("breakdowns", "breakdowns: the 2,000-stream basin's streams table", () =>
        runBreakdownBench(common),
      );
      await step("export", "export: the busiest basin, 30 days by minute, as CSV", () =>
        runExportBench({ ...common, serverPid: app.child.pid ?? 0 }),
      );
      await step("replicas", "two replicas with and without Redis", () =>
        runReplicasBench({ s2Url: s2.url, token: DEMO_TOKEN, basin }),
      );
      await step("memory", `memory over ${MEMORY_MINUTES} min of auto-refresh`, () =>
        runMemoryBench({ ...common, serverPid: app.child.pid ?? 0, minutes: MEMORY_MINUTES }),
      );
      await step("load", `${LOAD_USERS} users for ${LOAD_SECONDS} s`, async () => {
        const cookies = await Promise.all(
          Array.from({ length: LOAD_USERS }, () => app.sessionCookie(DEMO_TOKEN)),
        );
        return runLoadBench({ appUrl: app.url, basin, cookies, seconds: LOAD_SECONDS });
      });
    } finally {
      app.stop();
    }
  } finally {
    s2.stop();
  }
  const minutes = (performance.now() - began) / 60_000;
  const table = printTable(rows);
  const loadAtEnd = loadavg()[0] ?? 0;
  const cores = availableParallelism();
  const contended = Math.max(loadAtStart, loadAtEnd) > cores;
  const footer =
    `npm run bench${QUICK ? " (BENCH_QUICK=1)" : ""}${ONLY.size > 0 ? ` (BENCH_ONLY=${[...ONLY].join(",")})` : ""}: ` +
    `${minutes.toFixed(1)} min on ${process.platform}, load ${LOAD_SECONDS} s, memory ${MEMORY_MINUTES} min; ` +
    `load average ${loadAtStart.toFixed(1)} -> ${loadAtEnd.toFixed(1)} on ${cores} cores` +
    (contended ? " (UNDER CONTENTION: other work shared the CPU; times are inflated)" : "");
  const failures = failed.length > 0 ? `\ngroups that failed (see the log above): ${failed.join(", ")}` : "";
  const file = writeRawFigures(
    path.resolve(".bench/runs"),
    rawFigures({
      startedAt,
      minutes,
      settings: {
        quick: QUICK,
        groups: [...(ONLY.size > 0 ? ONLY : ALL_GROUPS)],
        loadSeconds: LOAD_SECONDS,
        memoryMinutes: MEMORY_MINUTES,
      },
      loadAtStart,
      rows,
      table: `${table}\n\n${footer}${failures}`,
    }),
  );
  console.log(`\n${table}`);
  console.log(`\n${footer}${failures}`);
  console.log(`raw figures: ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
