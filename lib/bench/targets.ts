import type { BenchRow } from "./bench-row";

/**
 * Every target the bench has, declared once: a run states "all met" only when each of these was
 * measured (a row with its id and a finite value) and passed. `runGroup` is the BENCH_ONLY group that
 * measures it.
 */
export interface BenchTarget {
  id: string;
  runGroup: string;
  what: string;
}

export const BENCH_TARGETS: readonly BenchTarget[] = [
  { id: "startup.first-start", runGroup: "startup", what: "local-s2 first start < 30 s" },
  { id: "charts.gauge-draw", runGroup: "charts", what: "30-day minute gauge draw <= 200 ms" },
  { id: "charts.gauge-vs-recharts", runGroup: "charts", what: "gauge: plain recharts / ours >= 10x" },
  { id: "charts.bars-draw", runGroup: "charts", what: "30-day minute bars draw <= 100 ms" },
  { id: "charts.hover-gauge", runGroup: "charts", what: "gauge hover p95 <= 2 frames" },
  { id: "charts.hover-bars", runGroup: "charts", what: "bars hover p95 <= 2 frames" },
  { id: "web.first-load-js", runGroup: "web", what: "basin view first-load JS <= 2x sign-in page" },
  { id: "web.lcp", runGroup: "web", what: "LCP <= 2.5 s" },
  { id: "web.cls", runGroup: "web", what: "CLS <= 0.1" },
  { id: "web.tbt", runGroup: "web", what: "load TBT <= 200 ms" },
  { id: "payload.storage", runGroup: "payload", what: "stream storage payload <= 64 KB" },
  { id: "payload.append-ops", runGroup: "payload", what: "basin append-ops payload <= 64 KB" },
  { id: "payload.stat-cards", runGroup: "payload", what: "reduced stat cards exact" },
  { id: "proxy.p50", runGroup: "proxy", what: "proxy p50 <= direct + 15 ms" },
  { id: "proxy.p99", runGroup: "proxy", what: "proxy p99 <= 2x direct" },
  { id: "proxy.coalescing", runGroup: "proxy", what: "upstream calls <= 5 % of requests" },
  {
    id: "planner.view-30d",
    runGroup: "planner",
    what: "basin view over 30 d (auto, minute): median <= 1.0 s",
  },
  { id: "planner.view-30d-vs-24h", runGroup: "planner", what: "basin view over 30 d <= 1.5x the 24 h view" },
  {
    id: "planner.concurrent-30d-minute",
    runGroup: "planner",
    what: "30 d minute requests, 10 connections: p95 <= 500 ms",
  },
  {
    id: "planner.long-view-cold-calls",
    runGroup: "planner",
    what: "90 d view: <= 4 S2 calls per metric set cold",
  },
  {
    id: "planner.long-view-warm-calls",
    runGroup: "planner",
    what: "90 d view: <= 1 S2 call per metric set warm",
  },
  { id: "breakdowns.first-page", runGroup: "breakdowns", what: "2,000-stream basin: first page <= 1 s" },
  {
    id: "breakdowns.full-sort-cold",
    runGroup: "breakdowns",
    what: "2,000-stream basin: full sort by storage <= 20 s cold",
  },
  {
    id: "breakdowns.full-sort-warm",
    runGroup: "breakdowns",
    what: "2,000-stream basin: full sort by storage <= 300 ms warm",
  },
  { id: "export.time", runGroup: "export", what: "busiest basin, 30 d by minute, CSV export <= 10 s" },
  { id: "export.rss", runGroup: "export", what: "that export: server RSS growth <= 100 MB" },
  {
    id: "replicas.shared-calls",
    runGroup: "replicas",
    what: "2 replicas, 100 basin-view loads: S2 metrics calls with Redis <= half of without",
  },
  {
    id: "replicas.cross-replica-cache",
    runGroup: "replicas",
    what: "closed window via the other replica: 0 S2 calls",
  },
  { id: "memory.heap", runGroup: "memory", what: "tab heap growth <= 1.5x" },
  { id: "memory.rss", runGroup: "memory", what: "server RSS growth <= 1.5x" },
  { id: "load.errors", runGroup: "load", what: "0 errors under 100 users" },
];

export interface TargetSummary {
  met: string[];
  missed: string[];
  notMeasured: string[];
}

/** Sorts every declared target into met, missed, or not measured (absent, or a value that is not a number). */
export function summarizeTargets(
  rows: readonly BenchRow[],
  targets: readonly BenchTarget[] = BENCH_TARGETS,
): TargetSummary {
  const summary: TargetSummary = { met: [], missed: [], notMeasured: [] };
  for (const target of targets) {
    const measured = rows.filter((r) => r.targetId === target.id && Number.isFinite(r.value));
    if (measured.length === 0) summary.notMeasured.push(target.what);
    else if (measured.every((r) => r.pass === true)) summary.met.push(target.what);
    else summary.missed.push(target.what);
  }
  return summary;
}

/** The summary lines under the table: "all met" only when nothing was missed and nothing went unmeasured. */
export function targetLines(summary: TargetSummary): string[] {
  if (summary.missed.length === 0 && summary.notMeasured.length === 0) {
    return [`targets: all met (${summary.met.length})`];
  }
  const total = summary.met.length + summary.missed.length + summary.notMeasured.length;
  const lines = [`targets met: ${summary.met.length} of ${total}`];
  if (summary.missed.length > 0) lines.push(`targets missed: ${summary.missed.join("; ")}`);
  if (summary.notMeasured.length > 0) lines.push(`targets not measured: ${summary.notMeasured.join("; ")}`);
  return lines;
}
