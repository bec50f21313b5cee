import { describe, expect, it } from "vitest";
import { backfill } from "./simulation";
import { openStore } from "./store";
import { createWorkload } from "./workload";

const NOW = 1_795_305_600 + 7 * 3_600 + 30; // mid-minute, to check only whole minutes are recorded

describe("backfill and resume", () => {
  it("backfills whole days up to now's minute, then resumes with only the minutes that passed", () => {
    const workload = createWorkload();
    const resumed = openStore(":memory:");
    const first = backfill(resumed, workload, NOW, 1, 1);
    expect(first.from).toBe(NOW - (NOW % 86_400) - 86_400);
    expect(first.until).toBe(NOW - 30);
    expect(first.records).toBeGreaterThan(0);

    const again = backfill(resumed, workload, NOW + 120, 1, 1);
    expect(again.from).toBe(first.until);
    expect(again.until).toBe(first.until + 120);

    // Resuming must give exactly what one uninterrupted backfill gives.
    const once = openStore(":memory:");
    backfill(once, workload, NOW + 120, 1, 1);
    expect(resumed.counts()).toEqual(once.counts());
    const series = (s: typeof once) =>
      s.accumulate("append-ops", "prod-events", first.from, NOW + 120, 3_600);
    expect(series(resumed)).toEqual(series(once));
  });

  it("is deterministic for a seed", () => {
    const a = openStore(":memory:");
    const b = openStore(":memory:");
    backfill(a, createWorkload({ seed: 7 }), NOW, 1, 1);
    backfill(b, createWorkload({ seed: 7 }), NOW, 1, 1);
    const storage = (s: typeof a) => s.gauge("prod-events", null, NOW - 86_400, NOW, 3_600);
    expect(storage(a)).toEqual(storage(b));
    expect(storage(a).length).toBeGreaterThan(20);
  });

  it("writes hour rows before the minute tier, and fills a long downtime's gap the same way", () => {
    const day = NOW - (NOW % 86_400);
    const store = openStore(":memory:");
    const first = backfill(store, createWorkload(), NOW, 1, 3);
    expect(first.from).toBe(day - 3 * 86_400);
    const ts = (from: number, to: number) =>
      [...store.accumulate("append-ops", "prod-events", from, to, 60).values()].flat().map(([t]) => t);
    expect(ts(day - 3 * 86_400, day - 86_400).every((t) => t % 3_600 === 0)).toBe(true);
    expect(ts(day - 86_400, NOW).some((t) => t % 3_600 !== 0)).toBe(true);

    // Five days later: the days that fell out of the minute tier's reach come as hour rows.
    const later = backfill(store, createWorkload(), NOW + 5 * 86_400, 1, 10);
    expect(later.from).toBe(first.until);
    const gap = ts(NOW + 3_600, day + 4 * 86_400);
    expect(gap.length).toBeGreaterThan(0);
    expect(gap.every((t) => t % 3_600 === 0)).toBe(true);
    expect(ts(day + 4 * 86_400, NOW + 5 * 86_400).some((t) => t % 3_600 !== 0)).toBe(true);
  });
});
