import { describe, expect, it } from "vitest";
import type { ApiMetric } from "@/lib/api/contract";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import type { Point } from "@/lib/s2/contract";
import { type ExportRow, exportRows } from "./export-rows";
import { exportSets, type SetWindow, WINDOWED_AFTER_BUCKETS } from "./export-sets";

const DAY = 86_400;
const end = 1_780_000_000 - (1_780_000_000 % 60);
const range = { start: end - 12 * DAY, end };
const now = end - 90;
const minutes = Array.from({ length: (12 * DAY) / 60 }, (_, i) => range.start + i * 60);
const answer: ApiMetric[] = [
  {
    accumulation: {
      name: "standard",
      unit: "operations",
      interval: "minute",
      values: minutes.flatMap((t, i): Point[] => (i % 11 === 0 ? [] : [[t, i % 5]])),
    },
  },
  {
    accumulation: {
      name: "express",
      unit: "operations",
      interval: "minute",
      values: [[minutes[100] ?? 0, 3]],
    },
  },
];
const within = (w: { start: number; end: number }) =>
  answer.map((m): ApiMetric => {
    if ("accumulation" in m)
      return {
        accumulation: {
          ...m.accumulation,
          values: m.accumulation.values.filter(([t]) => t >= w.start && t < w.end),
        },
      };
    if ("gauge" in m)
      return { gauge: { ...m.gauge, values: m.gauge.values.filter(([t]) => t >= w.start && t < w.end) } };
    return m;
  });

async function collect(rows: Iterable<ExportRow> | AsyncIterable<ExportRow>): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe("exportSets", () => {
  it("fetches a long set in windows and gives the same rows and stat cards as in one piece", async () => {
    expect(minutes.length).toBeGreaterThan(WINDOWED_AFTER_BUCKETS);
    const asked: SetWindow[] = [];
    const fetchSet = async (w: SetWindow) => {
      asked.push(w);
      return { values: within(w.range) };
    };
    const request = {
      level: "basin" as const,
      basin: "b",
      sets: ["append-ops"],
      range,
      interval: "minute" as const,
      zone: "UTC",
    };
    const sets = [];
    for await (const set of exportSets(request, fetchSet, () => now))
      sets.push({ ...set, rows: await collect(set.rows) });
    expect(asked.length).toBeGreaterThan(2);
    for (const w of asked) expect(w.range.end - w.range.start).toBeLessThanOrEqual(5 * DAY);
    const whole = exportRows(splitMetricsByType(answer), { range, now, interval: "minute", zone: "UTC" });
    expect(sets[0]?.rows).toEqual(whole);
  });

  it("asks a gauge set in one call, however long", async () => {
    const asked: SetWindow[] = [];
    const fetchSet = async (w: SetWindow) => {
      asked.push(w);
      return { values: [] };
    };
    const request = {
      level: "stream" as const,
      sets: ["storage"],
      range,
      interval: "minute" as const,
      zone: "UTC",
    };
    for await (const set of exportSets(request, fetchSet, () => now)) await collect(set.rows);
    expect(asked).toEqual([{ set: "storage", range, interval: "minute" }]);
  });

  it("asks a short set in one call", async () => {
    const asked: SetWindow[] = [];
    const short = { start: end - DAY, end };
    const fetchSet = async (w: SetWindow) => {
      asked.push(w);
      return { values: within(w.range) };
    };
    const request = {
      level: "basin" as const,
      sets: ["append-ops"],
      range: short,
      interval: "minute" as const,
      zone: "UTC",
    };
    for await (const set of exportSets(request, fetchSet, () => now)) await collect(set.rows);
    expect(asked).toEqual([{ set: "append-ops", range: short, interval: "minute" }]);
  });
});
