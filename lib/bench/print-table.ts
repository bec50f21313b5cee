import type { BenchRow } from "./bench-row";
import { summarizeTargets, targetLines } from "./targets";

const fmt = (v: number) =>
  !Number.isFinite(v)
    ? "not measured"
    : Math.abs(v) >= 100
      ? v.toFixed(0)
      : Math.abs(v) >= 10
        ? v.toFixed(1)
        : v.toFixed(2);

/** A plain-text table of every figure next to its target, then which targets were missed or not measured. */
export function printTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.group,
    r.name,
    Number.isFinite(r.value) ? `${fmt(r.value)} ${r.unit}` : fmt(r.value),
    r.target ?? "",
    r.pass === undefined ? "" : !Number.isFinite(r.value) ? "-" : r.pass ? "ok" : "MISS",
    r.note ?? "",
  ]);
  const header = ["group", "figure", "value", "target", "", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => s.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
    "",
    ...targetLines(summarizeTargets(rows)),
  ].join("\n");
}
