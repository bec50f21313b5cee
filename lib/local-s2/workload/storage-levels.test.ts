import { beforeAll, describe, expect, it } from "vitest";
import type { GaugeReading, RecordBatch } from "@/lib/local-s2/records";
import { createWorkload } from "./index";
import { HOUR, utcSeconds } from "./time";

const FROM = utcSeconds(2026, 11, 8);
const TO = utcSeconds(2026, 11, 17);

/** Carry-forward: the reading in effect at `t` is the latest one at or before it. */
function readingAt(readings: GaugeReading[], t: number): number | undefined {
  let value: number | undefined;
  for (const r of readings) {
    if (r.ts > t) break;
    value = r.value;
  }
  return value;
}

describe("storage gauges", () => {
  let batch: RecordBatch;
  beforeAll(() => {
    batch = createWorkload().generate(FROM, TO);
  });

  it("make each basin reading the sum of its streams' readings in effect at every hour", () => {
    const byKey = new Map<string, GaugeReading[]>();
    for (const g of batch.gauges) {
      const key = `${g.basin}\u0000${g.stream ?? ""}`;
      byKey.set(key, [...(byKey.get(key) ?? []), g]);
    }
    const basins = new Set(batch.gauges.map((g) => g.basin));
    for (const basin of basins) {
      const basinReadings = byKey.get(`${basin}\u0000`) ?? [];
      const streams = [...byKey].filter(
        ([key]) => key.startsWith(`${basin}\u0000`) && !key.endsWith("\u0000"),
      );
      for (let t = FROM; t < TO; t += HOUR) {
        const sum = streams.reduce((acc, [, readings]) => acc + (readingAt(readings, t) ?? 0), 0);
        expect(readingAt(basinReadings, t), `${basin} at ${t}`).toBe(sum);
      }
    }
  });

  it("grow by exactly the appended bytes between trims", () => {
    // analytics-raw trims at 01:00 and 12:00 UTC: nothing is dropped from 13:00 to 01:00.
    const from = utcSeconds(2026, 11, 12, 13);
    const to = utcSeconds(2026, 11, 13, 0);
    const basinReadings = batch.gauges.filter((g) => g.basin === "analytics-raw" && g.stream === null);
    const appended = batch.counters
      .filter(
        (c) => c.basin === "analytics-raw" && c.set === "append-throughput" && c.ts >= from && c.ts < to,
      )
      .reduce((sum, c) => sum + c.value, 0);
    expect(appended).toBeGreaterThan(0);
    expect((readingAt(basinReadings, to) ?? 0) - (readingAt(basinReadings, from) ?? 0)).toBe(appended);
  });

  it("drop at the daily retention trim and never otherwise (sawtooth)", () => {
    // "click stream" keeps two days and trims at 00:00 UTC.
    const readings = batch.gauges.filter((g) => g.stream === "click stream");
    const drops = readings.filter((r, i) => i > 0 && r.value < (readings[i - 1]?.value ?? 0));
    expect(drops.length).toBe((TO - FROM) / 86_400 - 1);
    for (const d of drops) expect(d.ts % 86_400).toBe(0);
  });
});
