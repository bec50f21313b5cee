import { describe, expect, it } from "vitest";
import type { ApiMetric } from "@/lib/api/contract";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import { type ExportRow, exportRows } from "./export-rows";
import { exportSets, type SetWindow } from "./export-sets";

const H = 3_600;
const end = 1_780_000_000 - (1_780_000_000 % 60) - 17 * 60;
const range = { start: end - 6 * H - 25 * 60, end };
const now = end - 90;
const answer: ApiMetric[] = [
  { accumulation: { name: "standard", unit: "operations", interval: "minute", values: [[end - 600, 4]] } },
];

async function collect(rows: Iterable<ExportRow> | AsyncIterable<ExportRow>): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe("exportSets", () => {
  it("asks each set as its panel does (storage by the hour in a minute view), one call per set", async () => {
    const asked: SetWindow[] = [];
    const fetchSet = async (w: SetWindow) => {
      asked.push(w);
      return { values: w.set === "storage" ? [] : answer };
    };
    const request = {
      level: "basin" as const,
      basin: "b",
      sets: ["storage", "append-ops"],
      range,
      interval: "minute" as const,
      zone: "UTC",
    };
    const sets: { set: string; rows: ExportRow[] }[] = [];
    for await (const set of exportSets(request, fetchSet, () => now)) {
      sets.push({ set: set.context.set, rows: await collect(set.rows) });
    }
    expect(asked.map((w) => [w.set, w.interval, w.range.start % (w.interval === "hour" ? H : 60)])).toEqual([
      ["storage", "hour", 0],
      ["append-ops", "minute", 0],
    ]);
    const appendWindow = asked[1]?.range ?? range;
    const expected = exportRows(splitMetricsByType(answer), {
      range: appendWindow,
      now,
      interval: "minute",
      zone: "UTC",
    });
    expect(sets[1]?.rows).toEqual(expected);
  });

  it("fetches a set only when the previous one has been read", async () => {
    const asked: string[] = [];
    const fetchSet = async (w: SetWindow) => {
      asked.push(w.set);
      return { values: answer };
    };
    const request = {
      level: "basin" as const,
      sets: ["append-ops", "read-ops"],
      range,
      interval: "minute" as const,
      zone: "UTC",
    };
    const iterator = exportSets(request, fetchSet, () => now);
    await iterator.next();
    expect(asked).toEqual(["append-ops"]);
    await iterator.next();
    expect(asked).toEqual(["append-ops", "read-ops"]);
  });
});
