import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { basinMetricsEndpoint } from "@/lib/api/endpoints";
import { createHandler } from "@/lib/api/handle";
import { gaugeStats } from "@/lib/meter/gauge-stats";
import type { Point } from "@/lib/s2/contract";
import { type FakeUpstream, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import { createS2Client, type S2Client } from "@/lib/upstream/s2-client";
import { fetchPlannedMetricSet } from "./fetch-planned";

const DAY = 86_400;
const HOUR = 3_600;
const NOW = Math.floor(Date.now() / 1000);
const TOKEN = "planner-token";
const basin = { level: "basin" as const, basin: "prod-events" };

let upstream: FakeUpstream;
beforeAll(async () => {
  // Basin storage: one reading per hour of the window asked for, with one tall spike per window.
  upstream = await startFakeUpstream((request, res) => {
    const query = new URL(request.target, "http://s2.test").searchParams;
    const start = Number(query.get("start"));
    const end = Number(query.get("end"));
    const values: Point[] = [];
    for (let t = Math.ceil(start / HOUR) * HOUR; t < end; t += HOUR)
      values.push([t, t % (7 * HOUR) === 0 ? 1e12 + t : 1_000]);
    sendJson(res, 200, { values: [{ gauge: { name: "storage", unit: "bytes", values } }] });
  });
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
});

function client(): S2Client {
  return createS2Client({
    accountEndpoint: upstream.url,
    basinEndpoint: upstream.url,
    timeoutMs: 10_000,
    cache: { maxEntries: 1_000, maxBytes: 64 * 1024 * 1024, ttlMs: 3_600_000 },
    log: () => {},
  });
}

/** The windows S2 was asked for, in time order (they run concurrently, so they arrive in any order). */
const windowsAsked = () =>
  upstream.requests
    .map((r) => {
      const q = new URL(r.target, "http://s2.test").searchParams;
      return { start: Number(q.get("start")), end: Number(q.get("end")) };
    })
    .sort((a, b) => a.start - b.start);

describe("fetchPlannedMetricSet", () => {
  const hourAligned = NOW - (NOW % HOUR);
  const ninetyDays = {
    set: "storage",
    start: hourAligned - 90 * DAY,
    end: NOW,
    interval: "hour" as const,
    points: 2_400,
  };

  it("a 90-day view costs at most 4 S2 calls cold and 1 warm (the open window); closed windows are cached", async () => {
    const s2 = client();
    const cold = await fetchPlannedMetricSet(s2, TOKEN, basin, ninetyDays);
    const coldWindows = windowsAsked();
    expect(coldWindows.length).toBeGreaterThanOrEqual(3);
    expect(coldWindows.length).toBeLessThanOrEqual(4);
    // Cut on day boundaries: whole 30-day chunks back from the last settled midnight, then the open part.
    expect(coldWindows.slice(1).every((w) => w.start % DAY === 0)).toBe(true);
    expect(coldWindows.slice(0, -1).every((w) => w.end <= NOW - HOUR)).toBe(true);
    upstream.requests.length = 0;
    const warm = await fetchPlannedMetricSet(s2, TOKEN, basin, ninetyDays);
    // Only the window holding "now" (not closed for an hour yet) is asked again.
    expect(windowsAsked()).toEqual([coldWindows.at(-1)]);
    expect(warm).toEqual(cold);
  });

  it("stitches a gauge across windows and reduces it to the points keeping every window's peak", async () => {
    const answer = await fetchPlannedMetricSet(client(), TOKEN, basin, { ...ninetyDays, points: 100 });
    const metric = answer.values[0];
    if (!metric || !("gauge" in metric)) throw new Error("expected the storage gauge");
    const { values, reduced } = metric.gauge;
    expect(values.length).toBeLessThanOrEqual(100);
    expect(reduced?.readings).toBe(Math.floor((NOW - ninetyDays.start - 1) / HOUR) + 1);
    // The highest spike of all 90 days is on the line and in `reduced.peak`.
    const all: Point[] = [];
    for (let t = ninetyDays.start; t < NOW; t += HOUR) all.push([t, t % (7 * HOUR) === 0 ? 1e12 + t : 1_000]);
    const peak = gaugeStats(all, { start: ninetyDays.start, end: NOW }, { now: NOW }).peak;
    expect(reduced?.peak).toEqual(peak);
    expect(values).toContainEqual([peak?.t, peak?.value]);
  });

  it("coalesces identical planned requests arriving together", async () => {
    const s2 = client();
    const [a, b] = await Promise.all([
      fetchPlannedMetricSet(s2, TOKEN, basin, ninetyDays),
      fetchPlannedMetricSet(s2, TOKEN, basin, ninetyDays),
    ]);
    expect(a).toBe(b);
    expect(upstream.requests.length).toBeLessThanOrEqual(4);
  });
});

describe("/api/metrics/{basin} through the planner", () => {
  const handler = createHandler(basinMetricsEndpoint, {
    getSessionToken: async () => TOKEN,
    s2: client,
    log: () => {},
  });
  const get = async (query: string) => {
    const response = await handler(new Request(`http://dashboard.test/api/metrics/prod-events?${query}`), {
      params: Promise.resolve({ basin: "prod-events" }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("answers 13 months in S2's shape, in 30-day calls", async () => {
    const start = NOW - MAX_VIEW_RANGE_SECONDS;
    const { status, body } = await get(`set=storage&start=${start}&end=${NOW}&interval=hour`);
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["values"]);
    const asked = windowsAsked();
    expect(asked.length).toBeLessThanOrEqual(15);
    expect(asked.every((w) => w.end - w.start <= 30 * DAY)).toBe(true);
    expect(asked[0]?.start).toBe(start);
    expect(asked.at(-1)?.end).toBe(NOW);
  });

  it("refuses a range past 13 months with 422 before asking S2", async () => {
    const { status, body } = await get(`set=storage&start=${NOW - MAX_VIEW_RANGE_SECONDS - 1}&end=${NOW}`);
    expect([status, body.code]).toEqual([422, "invalid"]);
    expect(body.message).toMatch(/13 months/);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("a request of one S2 call", () => {
  it("is not started again above the S2 client, whose retries already spent the request's time budget", async () => {
    const alwaysUnavailable = await startFakeUpstream((_, res) =>
      sendJson(res, 503, { code: "unavailable", message: "backend unavailable" }),
    );
    try {
      // The client retries 503 twice by itself; the planner must not multiply that.
      const s2 = createS2Client({
        accountEndpoint: alwaysUnavailable.url,
        basinEndpoint: alwaysUnavailable.url,
        timeoutMs: 3_000,
        retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 20 },
        cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
        log: () => {},
      });
      const hour = NOW - (NOW % HOUR);
      const started = performance.now();
      const error = await fetchPlannedMetricSet(s2, TOKEN, basin, {
        set: "append-ops",
        start: hour - 6 * HOUR,
        end: NOW,
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 503 });
      expect(alwaysUnavailable.requests).toHaveLength(3);
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      await alwaysUnavailable.close();
    }
  });
});
