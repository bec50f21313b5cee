import { describe, expect, it } from "vitest";
import { COUNTER_SETS } from "@/lib/local-s2/records";
import { createWorkload, WORKLOAD_SERIES } from "./index";
import { DAY, utcSeconds } from "./time";

const NOW = utcSeconds(2026, 11, 22);
const RECORD_BUDGET = 2_500_000;

describe("a 35-day backfill", () => {
  it("fits the record budget, is fast, and shows every documented series", () => {
    const began = performance.now();
    const batch = createWorkload().generate(NOW - 35 * DAY, NOW);
    const millis = performance.now() - began;
    const total = batch.counters.length + batch.gauges.length;
    console.info(
      `35 days: ${batch.counters.length} counters + ${batch.gauges.length} gauges = ${total} records in ${Math.round(millis)} ms`,
    );
    expect(total).toBeLessThan(RECORD_BUDGET);
    expect(millis).toBeLessThan(3_000);
    for (const set of COUNTER_SETS) {
      const seen = new Set(batch.counters.filter((c) => c.set === set).map((c) => c.series));
      expect([...seen].sort(), set).toEqual([...WORKLOAD_SERIES[set]].sort());
    }
  });
});
