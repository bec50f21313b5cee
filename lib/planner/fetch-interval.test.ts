import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiMetricSetResponse } from "@/lib/api/contract";
import { sumIntoGroups } from "@/lib/chart-data/bar-groups";
import { REQUEST_POINT_BUDGET } from "@/lib/chart-data/point-budget";
import { listen, type RunningServer } from "@/lib/local-s2/server";
import { type MetricsStore, openStore } from "@/lib/local-s2/store";
import { DEMO_TOKEN, TokenRegistry } from "@/lib/local-s2/tokens";
import type { AccumulationMetric } from "@/lib/s2/contract";
import { createS2Client, type S2Client } from "@/lib/upstream/s2-client";
import { barsForPoints, coarserFetchInterval, planMetricSetFetch } from "./fetch-interval";
import { fetchPlannedMetricSet } from "./fetch-planned";

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;
const NOW = 1_767_225_600 + 100 * DAY; // a fixed "now", aligned to the day
const points = REQUEST_POINT_BUDGET; // what the browser sends (2,400)

describe("coarserFetchInterval: no finer data than the screen shows", () => {
  const view = (days: number, interval?: "minute" | "hour" | "day", p: number | null = points) => ({
    set: "append-ops",
    start: NOW - days * DAY,
    end: NOW,
    ...(interval ? { interval } : {}),
    ...(p === null ? {} : { points: p }),
  });

  it("a 30-day minute view of an accumulation on the widest chart (2-hour bars) is fetched by hour", () => {
    expect(barsForPoints(points)).toBe(400);
    expect(coarserFetchInterval("basin", view(30, "minute"))).toBe("hour");
    // No interval named: the set's default (minute) is what the screen would get.
    expect(coarserFetchInterval("basin", view(30))).toBe("hour");
  });

  it("keeps the minute where the bars are narrower than an hour (24 h: 5-minute bars)", () => {
    expect(coarserFetchInterval("basin", view(1, "minute"))).toBeUndefined();
    expect(coarserFetchInterval("basin", { ...view(1, "minute"), start: NOW - 6 * HOUR })).toBeUndefined();
  });

  it("fetches by day only when the bars are whole days", () => {
    // 396 days by hour on 400 bars: 2-day... no nice width: whole days or weeks; 1 day per bar is 396 bars.
    expect(coarserFetchInterval("basin", view(396, "hour"))).toBe("day");
    // 90 days by hour: 12-hour bars, not whole days: stays hourly.
    expect(coarserFetchInterval("basin", view(90, "hour"))).toBeUndefined();
    // A narrow chart (100 points: 16 bars) over 30 days: 7-day bars, fetched by day.
    expect(coarserFetchInterval("basin", view(30, "minute", 100))).toBe("day");
  });

  it("never coarsens a gauge, a label, or a request without a point budget", () => {
    expect(coarserFetchInterval("basin", { ...view(30, "hour"), set: "storage" })).toBeUndefined();
    expect(coarserFetchInterval("stream", { ...view(30, "minute"), set: "storage" })).toBeUndefined();
    expect(coarserFetchInterval("account", { ...view(30, "hour"), set: "active-basins" })).toBeUndefined();
    expect(coarserFetchInterval("basin", view(30, "minute", null))).toBeUndefined();
  });

  it("plans the coarser interval over the range as asked, cut into its windows", () => {
    const start = NOW - 90 * DAY + 17 * MINUTE;
    const plan = planMetricSetFetch("basin", { ...view(90, "minute"), start });
    expect(plan.interval).toBe("hour");
    expect(plan.range).toEqual({ start, end: NOW });
    expect(plan.windows.length).toBeLessThanOrEqual(4);
    expect(plan.windows[0]?.start).toBe(start);
  });
});

/**
 * Against the real embedded backend, in the process: a 30-day and a 60-day minute view of an
 * accumulation with recorded zeros, blank minutes, blank hours and whole blank bars, fetched through the
 * planner (by hour, since its bars are hours wide) and the same range fetched by the minute and summed
 * into the same bars, give the same bars, the same blanks and the same total.
 */
describe("interval choice against lib/local-s2: sums by hour equal the minutes re-bucketed", () => {
  let store: MetricsStore;
  let server: RunningServer;
  let s2: S2Client;
  const sent: URL[] = [];

  beforeAll(async () => {
    store = openStore(":memory:");
    const counters = [];
    for (let t = NOW - 61 * DAY; t < NOW; t += MINUTE) {
      const minute = t / MINUTE;
      const hour = Math.floor(t / HOUR);
      if (hour % 7 === 3) continue; // whole blank hours
      if (Math.floor(hour / 6) % 41 === 5) continue; // blank 6-hour spans: whole blank bars at 2 h and 6 h
      if (minute % 5 === 1) continue; // blank minutes
      counters.push({
        ts: t,
        set: "append-ops" as const,
        basin: "prod-events",
        series: "standard",
        value: minute % 11,
      });
    }
    store.write(
      { counters, gauges: [] },
      { basins: [{ name: "prod-events", createdAt: NOW - 400 * DAY, deletedAt: null }], streams: [] },
    );
    server = await listen({ store, tokens: new TokenRegistry({}), now: () => NOW }, 0);
    s2 = createS2Client({
      accountEndpoint: server.url,
      basinEndpoint: server.url,
      timeoutMs: 30_000,
      cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
      log: () => {},
      fetchDeps: {
        fetch: (input, init) => {
          sent.push(new URL(String(input)));
          return fetch(input, init);
        },
        now: () => NOW * 1000,
      },
    });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    store.close();
  });

  const only = (answer: ApiMetricSetResponse) => {
    const metric = answer.values[0];
    if (!metric || !("accumulation" in metric)) throw new Error("expected one accumulation");
    return metric.accumulation as AccumulationMetric & {
      reduced?: { bucketSeconds: number; total: number | null };
    };
  };

  it.each([30, 60])(
    "%i days",
    async (days) => {
      // Start and end inside an hour (and a 2-hour bar): the first and last hour buckets are partial.
      const query = {
        set: "append-ops",
        start: NOW - days * DAY + 17 * MINUTE,
        end: NOW - 23 * MINUTE,
        interval: "minute" as const,
      };
      sent.length = 0;
      const planned = only(
        await fetchPlannedMetricSet(
          s2,
          DEMO_TOKEN,
          { level: "basin", basin: "prod-events" },
          { ...query, points },
          { now: NOW },
        ),
      );
      expect(sent.every((url) => url.searchParams.get("interval") === "hour")).toBe(true);
      // 30 days: before the settled days, the settled days, the rest; 60 days: three 30-day grid windows.
      expect(sent).toHaveLength(3);
      expect(planned.interval).toBe("hour"); // honest: what S2 was asked for
      const bucketSeconds = planned.reduced?.bucketSeconds ?? 0;
      expect(bucketSeconds).toBe(days <= 30 ? 2 * HOUR : 6 * HOUR);

      sent.length = 0;
      const minutes = only(
        await fetchPlannedMetricSet(s2, DEMO_TOKEN, { level: "basin", basin: "prod-events" }, query, {
          now: NOW,
        }),
      );
      expect(sent.every((url) => url.searchParams.get("interval") === "minute")).toBe(true);
      expect(minutes.interval).toBe("minute");
      const rebucketed = sumIntoGroups(minutes.values, { ...query, intervalSeconds: MINUTE }, bucketSeconds);
      expect(planned.values).toEqual([...rebucketed].sort((a, b) => a[0] - b[0]));
      // Blank bars stay blank: at least one bar of the range is absent in both.
      expect(planned.values.length).toBeLessThan((days * DAY) / bucketSeconds);
      const minuteTotal = minutes.values.reduce((sum, [, v]) => sum + v, 0);
      expect(planned.reduced?.total).toBe(minuteTotal);
    },
    60_000,
  );
});
