import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiMetricSetResponseSchema } from "@/lib/api/contract";
import type { MetricSetResponse, Point } from "@/lib/s2/contract";
import { shapeBarChart } from "./bar-chart";
import { axisGroupFactor } from "./bar-groups";
import { reduceToPointBudget } from "./reduce-to-point-budget";
import { splitMetricsByType } from "./split-metrics";
import { statCardsFor } from "./stat-cards";

const DAY = 86_400;
const END = 1_795_305_600 + 17 * 60 + 23;
const START = END - 30 * DAY;

/** Deterministic pseudo-random readings: a slow wave, steps and a few spikes. */
function minuteGauge(start: number, end: number, seed = 1): Point[] {
  const out: Point[] = [];
  let level = 5e9;
  let x = seed;
  for (let t = start - (start % 60); t < end; t += 60) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    level = Math.max(0, level + ((x % 2001) - 1000) * 1e5);
    out.push([t, x % 9973 === 0 ? level * 3 : Math.round(level)]);
  }
  return out;
}

function minuteCounter(start: number, end: number, seed = 7): Point[] {
  const out: Point[] = [];
  let x = seed;
  for (let t = start - (start % 60); t < end; t += 60) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    // About a third of the minutes have no bucket at all, in runs.
    if (Math.floor(t / 3_600) % 3 === 0 && x % 5 !== 0) continue;
    out.push([t, x % 1000]);
  }
  return out;
}

const cardsOf = (response: { values: MetricSetResponse["values"] }, now = END) =>
  statCardsFor(splitMetricsByType(response.values), {
    range: { start: START, end: END },
    now,
    zone: "UTC",
  }).map((c) => [c.testId, c.series, c.raw, c.detail]);

describe("reduceToPointBudget", () => {
  const gauge = minuteGauge(START, END);
  const counters = { standard: minuteCounter(START, END, 3), express: minuteCounter(START, END, 11) };
  const response: MetricSetResponse = {
    values: [
      { gauge: { name: "metered_size", unit: "bytes", values: gauge } },
      ...Object.entries(counters).map(([name, values]) => ({
        accumulation: { name, unit: "operations" as const, interval: "minute" as const, values },
      })),
    ],
  };
  const reduced = reduceToPointBudget(response, {
    range: { start: START, end: END },
    now: END,
    maxPoints: 2_400,
  });

  it("cuts 30 days of minute data to the budget and still matches the API's contract", () => {
    expect(gauge.length).toBeGreaterThan(43_000);
    for (const metric of reduced.values) {
      const values =
        "gauge" in metric ? metric.gauge.values : "accumulation" in metric ? metric.accumulation.values : [];
      expect(values.length).toBeLessThanOrEqual(2_400);
    }
    expect(apiMetricSetResponseSchema.parse(reduced)).toEqual(reduced);
    expect(JSON.stringify(reduced).length).toBeLessThan(JSON.stringify(response).length / 10);
  });

  it("keeps every stat card exactly as the full readings give it", () => {
    expect(cardsOf(reduced)).toEqual(cardsOf(response));
  });

  it("keeps the gauge's line a subsequence of the readings, with its peak on it", () => {
    const metric = reduced.values[0];
    if (!metric || !("gauge" in metric)) throw new Error("expected a gauge");
    const all = new Set(gauge.map(([t, v]) => `${t}:${v}`));
    expect(metric.gauge.values.every(([t, v]) => all.has(`${t}:${v}`))).toBe(true);
    const peak = Math.max(...gauge.map(([, v]) => v));
    expect(metric.gauge.values.some(([, v]) => v === peak)).toBe(true);
  });

  it("sums buckets into groups that leave no-data spans empty", () => {
    const split = splitMetricsByType(reduced.values);
    const chart = shapeBarChart(
      split.accumulations,
      { start: START, end: END, now: END, interval: "minute" },
      1_200,
    );
    const [a, b] = chart.series;
    if (!a || !b) throw new Error("expected two series");
    for (const [series, raw] of [
      [a, counters.express],
      [b, counters.standard],
    ] as const) {
      for (const row of chart.rows) {
        const inside = raw.filter(([t]) => t >= row.from && t < row.to);
        const value = row[series.key] ?? null;
        expect(value).toBe(inside.length === 0 ? null : inside.reduce((s, [, v]) => s + v, 0));
      }
    }
  });

  it("returns a set within the budget untouched", () => {
    const small: MetricSetResponse = {
      values: [{ gauge: { name: "g", unit: "bytes", values: gauge.slice(0, 100) } }],
    };
    expect(
      reduceToPointBudget(small, { range: { start: START, end: END }, now: END, maxPoints: 2_400 }),
    ).toEqual(small);
  });

  it("keeps gauge stats and accumulation totals exact for any series and budget", () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 1e12 }));
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 400 }),
        fc.integer({ min: 16, max: 200 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 1, max: 15_000 }),
        (rawPoints, maxPoints, start, span) => {
          const byT = new Map(rawPoints.map(([t, v]) => [t - (t % 60), v]));
          const values = [...byT].sort((x, y) => x[0] - y[0]) as Point[];
          const range = { start, end: start + span };
          const set: MetricSetResponse = {
            values: [
              { gauge: { name: "g", unit: "bytes", values } },
              { accumulation: { name: "a", unit: "operations", interval: "minute", values } },
            ],
          };
          const out = reduceToPointBudget(set, { range, now: range.end, maxPoints });
          const cards = (r: { values: MetricSetResponse["values"] }) =>
            statCardsFor(splitMetricsByType(r.values), { range, now: range.end, zone: "UTC" }).map((c) => [
              c.testId,
              c.raw,
              c.detail,
            ]);
          expect(cards(out)).toEqual(cards(set));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("axisGroupFactor", () => {
  it("prefers sizes that divide an hour or a day", () => {
    expect(axisGroupFactor({ start: START, end: END, intervalSeconds: 60 }, 2_400)).toBe(20); // 20 minutes
    expect(axisGroupFactor({ start: START, end: END, intervalSeconds: 3_600 }, 2_400)).toBe(1);
  });
});
