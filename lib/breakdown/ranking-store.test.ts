import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createTieredCache } from "@/lib/cache/tiered-cache";
import { createRankingStore, type ProgressReporter } from "./ranking-store";

const store = () => createRankingStore(createTieredCache({ namespace: "test", redis: null, maxEntries: 10 }));
const schema = z.array(z.number());

/** Work the test finishes by hand, reporting progress on the way. */
function manualWork() {
  let finish: (value: number[]) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  let report: ProgressReporter = () => {};
  let runs = 0;
  const run = (r: ProgressReporter) => {
    runs++;
    report = r;
    return new Promise<number[]>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    run,
    finish: (v: number[]) => finish(v),
    fail: (e: unknown) => fail(e),
    report: (d: number, t: number) => report(d, t),
    runs: () => runs,
  };
}

describe("createRankingStore", () => {
  it("runs the work once for every asker, reports its progress, then answers from the cache", async () => {
    const rankings = store();
    const work = manualWork();
    expect(await rankings.progress("k", schema, 60_000, work.run)).toEqual({
      ready: false,
      done: 0,
      total: 0,
    });
    work.report(5, 10);
    expect(await rankings.progress("k", schema, 60_000, work.run)).toEqual({
      ready: false,
      done: 5,
      total: 10,
    });
    work.finish([3, 2, 1]);
    expect(await rankings.progress("k", schema, 60_000, work.run)).toEqual({ ready: true, value: [3, 2, 1] });
    expect(await rankings.lookup("k", schema)).toEqual([3, 2, 1]);
    expect(work.runs()).toBe(1);
  });

  it("passes a failure on and keeps nothing, so the next look starts afresh", async () => {
    const rankings = store();
    const work = manualWork();
    await rankings.progress("k", schema, 60_000, work.run);
    work.fail(new Error("429"));
    await expect(rankings.progress("k", schema, 60_000, work.run)).rejects.toThrow("429");
    expect(await rankings.lookup("k", schema)).toBeUndefined();
    await rankings.progress("k", schema, 60_000, work.run);
    expect(work.runs()).toBe(2);
  });

  it("answers at once when the work finishes within the short wait", async () => {
    const rankings = store();
    expect(await rankings.progress("k", schema, 60_000, async () => [1])).toEqual({
      ready: true,
      value: [1],
    });
  });
});
