import type { BenchRow } from "./bench-row";

const fmt = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);

/** A plain-text table of every figure next to its target, and which targets were missed. */
export function printTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.group,
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.target ?? "",
    r.pass === undefined ? "" : r.pass ? "ok" : "MISS",
    r.note ?? "",
  ]);
  const header = ["group", "figure", "value", "target", "", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => s.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const missed = rows.filter((r) => r.pass === false);
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
    "",
    rows.every((r) => r.pass === undefined)
      ? "targets: none set yet"
      : missed.length === 0
        ? "targets: all met"
        : `targets missed: ${missed.map((r) => r.name).join("; ")}`,
  ].join("\n");
}
