import { describe, expect, it } from "vitest";
import { createWorkload, DEFAULT_SEED } from "./index";
import { ANCHOR, utcSeconds } from "./time";

const DAY_START = utcSeconds(2026, 11, 9);
const DAY_END = utcSeconds(2026, 11, 10);

describe("workload determinism", () => {
  it("gives identical records for the same seed, from separate instances", () => {
    const first = createWorkload({ seed: 7 }).generate(DAY_START, DAY_END);
    const second = createWorkload({ seed: 7 }).generate(DAY_START, DAY_END);
    expect(second).toEqual(first);
    expect(first.counters.length).toBeGreaterThan(0);
    expect(first.gauges.length).toBeGreaterThan(0);
  });

  it("uses DEFAULT_SEED when no seed is given", () => {
    const implicit = createWorkload().generate(DAY_START, DAY_START + 3_600);
    const explicit = createWorkload({ seed: DEFAULT_SEED }).generate(DAY_START, DAY_START + 3_600);
    expect(implicit).toEqual(explicit);
  });

  it("gives different values for a different seed, over the same catalog", () => {
    const a = createWorkload({ seed: 1 });
    const b = createWorkload({ seed: 2 });
    expect(b.generate(DAY_START, DAY_END)).not.toEqual(a.generate(DAY_START, DAY_END));
    expect(b.catalog(DAY_END)).toEqual(a.catalog(DAY_END));
  });

  it("does not depend on what the instance generated before", () => {
    const warm = createWorkload();
    warm.generate(DAY_START - 86_400 * 3, DAY_END);
    const hour = [DAY_START + 7_200, DAY_START + 10_800] as const;
    expect(warm.generate(...hour)).toEqual(createWorkload().generate(...hour));
  });

  it("has nothing before the anchor and nothing in an empty range", () => {
    const workload = createWorkload();
    expect(workload.generate(ANCHOR - 86_400, ANCHOR)).toEqual({ counters: [], gauges: [] });
    expect(workload.generate(DAY_START, DAY_START)).toEqual({ counters: [], gauges: [] });
    expect(workload.catalog(ANCHOR - 1)).toEqual({ basins: [], streams: [] });
  });

  it("rejects ranges that are not minute-aligned or run backwards", () => {
    const workload = createWorkload();
    expect(() => workload.generate(DAY_START + 1, DAY_END)).toThrow(RangeError);
    expect(() => workload.generate(DAY_START, DAY_END + 30)).toThrow(RangeError);
    expect(() => workload.generate(DAY_END, DAY_START)).toThrow(RangeError);
    expect(() => createWorkload({ seed: 1.5 })).toThrow(RangeError);
  });
});
