import { beforeAll, describe, expect, it } from "vitest";
import { basinNameSchema, type RecordBatch, streamNameSchema } from "@/lib/local-s2/records";
import { createWorkload, WORKLOAD_SERIES } from "./index";
import { METER_TICK, utcSeconds } from "./time";

// Odd bounds on purpose: neither hour- nor tick-aligned.
const FROM = utcSeconds(2026, 11, 9, 22, 17);
const TO = utcSeconds(2026, 11, 11, 3, 43);

describe("generated records", () => {
  let batch: RecordBatch;
  beforeAll(() => {
    batch = createWorkload().generate(FROM, TO);
  });

  it("stay within [from, to), on minute boundaries, in time order", () => {
    expect(batch.counters[0]?.ts).toBe(FROM);
    expect(batch.gauges[0]?.ts).toBe(FROM + 180); // the first five-minute meter tick
    for (const records of [batch.counters, batch.gauges]) {
      const misplaced = records.filter(
        (r, i) => r.ts < FROM || r.ts >= TO || r.ts % 60 !== 0 || r.ts < (records[i - 1]?.ts ?? FROM),
      );
      expect(misplaced).toEqual([]);
    }
  });

  it("hold non-negative integer values", () => {
    const bad = [...batch.counters, ...batch.gauges].filter(
      (r) => !Number.isSafeInteger(r.value) || r.value < 0,
    );
    expect(bad).toEqual([]);
  });

  it("use only documented series, with a basin for every set but account-ops", () => {
    const bad = batch.counters.filter(
      (c) =>
        !WORKLOAD_SERIES[c.set].includes(c.series) ||
        (c.set === "account-ops" ? c.basin !== null : !basinNameSchema.safeParse(c.basin).success),
    );
    expect(bad).toEqual([]);
  });

  it("meter storage on five-minute ticks with valid basin and stream names", () => {
    const bad = batch.gauges.filter(
      (g) =>
        g.ts % METER_TICK !== 0 ||
        !basinNameSchema.safeParse(g.basin).success ||
        (g.stream !== null && !streamNameSchema.safeParse(g.stream).success),
    );
    expect(bad).toEqual([]);
  });
});
