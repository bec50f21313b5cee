import { describe, expect, it } from "vitest";
import { COUNTER_SETS } from "@/lib/local-s2/records";
import { createWorkload, WORKLOAD_SERIES } from "./index";
import { DAY, HOUR, utcSeconds } from "./time";

const NOW = utcSeconds(2026, 11, 22);
const RECORD_BUDGET = 2_500_000;

describe("a 35-day backfill", () => {
  // Its speed is measured by `npm run bench` (the backend's first start), not asserted here.
  it("fits the record budget and shows every documented series", () => {
    // As the backfill meters the fleet: every 12 hours, hourly in the last 3 days (simulation.ts).
    const workload = createWorkload();
    const older = workload.generate(NOW - 35 * DAY, NOW - 3 * DAY, 12 * HOUR);
    const recent = workload.generate(NOW - 3 * DAY, NOW);
    const batch = {
      counters: [...older.counters, ...recent.counters],
      gauges: [...older.gauges, ...recent.gauges],
    };
    const total = batch.counters.length + batch.gauges.length;
    expect(total).toBeLessThan(RECORD_BUDGET);
    for (const set of COUNTER_SETS) {
      const seen = new Set(batch.counters.filter((c) => c.set === set).map((c) => c.series));
      expect([...seen].sort(), set).toEqual([...WORKLOAD_SERIES[set]].sort());
    }
  });
});
