import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordBatch } from "@/lib/local-s2/records";
import { createWorkload } from "./index";
import { utcSeconds } from "./time";

function concat(a: RecordBatch, b: RecordBatch): RecordBatch {
  return { counters: [...a.counters, ...b.counters], gauges: [...a.gauges, ...b.gauges] };
}

/** Three minute-aligned instants a < b < c inside [start, start + days). */
function splitPoints(start: number, days: number) {
  const minutes = days * 1_440;
  return fc
    .uniqueArray(fc.integer({ min: 0, max: minutes }), { minLength: 3, maxLength: 3 })
    .map((xs) => xs.sort((x, y) => x - y).map((m) => start + m * 60) as [number, number, number]);
}

describe("generate over split ranges", () => {
  // Windows around the deletion (Nov 10) and the recent creation (Nov 15), both full of daily trims.
  for (const [label, start] of [
    ["deletion", utcSeconds(2026, 11, 9, 12)],
    ["creation", utcSeconds(2026, 11, 14, 12)],
  ] as const) {
    it(`equals the whole range when split anywhere (${label} window), even across restarts`, () => {
      const whole = createWorkload();
      fc.assert(
        fc.property(splitPoints(start, 2), ([a, b, c]) => {
          // A fresh instance per piece: a backend that restarted at b must continue seamlessly.
          const pieces = concat(createWorkload().generate(a, b), createWorkload().generate(b, c));
          expect(pieces).toEqual(whole.generate(a, c));
        }),
        { numRuns: 10 },
      );
    });
  }

  it("a live loop of one-minute calls reproduces the backfill, across trims and a deletion", () => {
    const workload = createWorkload();
    const backfill = createWorkload();
    for (const [from, to] of [
      [utcSeconds(2026, 11, 10, 2, 50), utcSeconds(2026, 11, 10, 4, 10)],
      [utcSeconds(2026, 11, 10, 13, 50), utcSeconds(2026, 11, 10, 14, 10)],
    ] as const) {
      let live: RecordBatch = { counters: [], gauges: [] };
      for (let t = from; t < to; t += 60) live = concat(live, workload.generate(t, t + 60));
      expect(live.gauges.length).toBeGreaterThan(0);
      expect(live).toEqual(backfill.generate(from, to));
    }
  });
});
