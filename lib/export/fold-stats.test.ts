import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ApiAccumulationMetric, ApiGaugeMetric } from "@/lib/api/contract";
import type { MetricsByType } from "@/lib/chart-data/split-metrics";
import { statCardsFor } from "@/lib/chart-data/stat-cards";
import { splitIntoWindows } from "@/lib/planner";
import type { Point } from "@/lib/s2/contract";
import { emptyFold, foldedMetrics, foldWindow } from "./fold-stats";

const H = 3_600;
const DAY = 86_400;
const start = 1_780_000_000 - (1_780_000_000 % DAY);
const range = { start, end: start + 12 * DAY };
const metrics = (accumulations: ApiAccumulationMetric[], gauges: ApiGaugeMetric[]): MetricsByType => ({
  scalars: [],
  accumulations,
  gauges,
  labels: [],
});
const inWindow = (points: readonly Point[], w: { start: number; end: number }) =>
  points.filter(([t]) => t >= w.start && t < w.end);

describe("foldWindow", () => {
  it("gives the stat cards of the whole range, window by window (5-day windows over 12 days)", () => {
    const hours = Array.from({ length: 12 * 24 }, (_, i) => start + i * H);
    const arbitrary = fc.record({
      ops: fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), {
        minLength: hours.length,
        maxLength: hours.length,
      }),
      levels: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: hours.length, maxLength: hours.length }),
      nowHours: fc.integer({ min: 1, max: 12 * 24 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ ops, levels, nowHours }) => {
        const now = start + nowHours * H - 1_800;
        const appends: ApiAccumulationMetric = {
          name: "standard",
          unit: "operations",
          interval: "hour",
          values: hours.flatMap((t, i): Point[] => (ops[i] == null ? [] : [[t, ops[i] as number]])),
        };
        // Readings only up to now, as S2 sends them.
        const storage: ApiGaugeMetric = {
          name: "storage",
          unit: "bytes",
          values: hours.filter((t) => t <= now).map((t, i): Point => [t, levels[i] as number]),
        };
        const whole = statCardsFor(metrics([appends], [storage]), { range, now, zone: "UTC" });
        const fold = emptyFold();
        const windows = splitIntoWindows(range, { maxSeconds: 5 * DAY });
        expect(windows.length).toBeGreaterThan(2);
        for (const w of windows) {
          const part = metrics(
            [{ ...appends, values: inWindow(appends.values, w) }],
            [{ ...storage, values: inWindow(storage.values, w) }],
          );
          foldWindow(fold, part, w, now);
        }
        const folded = statCardsFor(foldedMetrics(fold), { range, now, zone: "UTC" });
        expect(folded.map((c) => [c.key, c.raw, c.value])).toEqual(whole.map((c) => [c.key, c.raw, c.value]));
      }),
      { numRuns: 200 },
    );
  });
});
