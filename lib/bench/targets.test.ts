import { describe, expect, it } from "vitest";
import type { BenchRow } from "./bench-row";
import { printTable } from "./print-table";
import { BENCH_TARGETS, type BenchTarget, summarizeTargets, targetLines } from "./targets";

const targets: BenchTarget[] = [
  { id: "a", runGroup: "charts", what: "chart draw" },
  { id: "b", runGroup: "web", what: "TBT" },
];
const row = (targetId: string, value: number, pass: boolean): BenchRow => ({
  group: "g",
  name: targetId,
  value,
  unit: "ms",
  target: "<= 1",
  targetId,
  pass,
});

describe("summarizeTargets", () => {
  it("calls a target of a skipped group not measured, not met", () => {
    const summary = summarizeTargets([row("a", 1, true)], targets);
    expect(summary).toEqual({ met: ["chart draw"], missed: [], notMeasured: ["TBT"] });
    expect(targetLines(summary)).toEqual(["targets met: 1 of 2", "targets not measured: TBT"]);
  });

  it("calls a row without a number (an empty sample set) not measured, even when marked passing", () => {
    const summary = summarizeTargets([row("a", Number.NaN, true), row("b", 3, true)], targets);
    expect(summary.notMeasured).toEqual(["chart draw"]);
    expect(targetLines(summary).some((l) => l.includes("all met"))).toBe(false);
  });

  it("lists misses and says all met only when every target was measured and passed", () => {
    expect(targetLines(summarizeTargets([row("a", 5, false), row("b", 1, true)], targets))).toEqual([
      "targets met: 1 of 2",
      "targets missed: chart draw",
    ]);
    expect(targetLines(summarizeTargets([row("a", 1, true), row("b", 1, true)], targets))).toEqual([
      "targets: all met (2)",
    ]);
  });

  it("counts a target measured by several rows as missed when any of them missed", () => {
    expect(
      summarizeTargets([row("a", 1, true), row("a", 9, false), row("b", 1, true)], targets).missed,
    ).toEqual(["chart draw"]);
  });

  it("declares each target id once", () => {
    expect(new Set(BENCH_TARGETS.map((t) => t.id)).size).toBe(BENCH_TARGETS.length);
  });
});

describe("printTable", () => {
  it("never prints 'all met' for a partial run, and shows an unmeasured value as such", () => {
    const table = printTable([row("charts.gauge-draw", Number.NaN, false)]);
    expect(table).not.toContain("all met");
    expect(table).toContain("not measured");
    expect(table).toMatch(/targets not measured: .*30-day minute gauge draw <= 200 ms/);
  });
});
