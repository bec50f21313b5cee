import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { createS2CallBudget, type S2CallBudget } from "@/lib/limits/s2-call-budget";
import { type FakeUpstream, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import { createS2Client, type S2Client } from "@/lib/upstream/s2-client";
import { DEFAULT_SLOW_DOWN, mapWithConcurrency, slowDownDelay } from "./concurrency";

const NOW = 1_767_225_600;
const TOKEN = "planner-test-token";
const EMPTY = { values: [] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
afterEach(() => {
  upstream.requests.length = 0;
});

/** An S2 client that does not retry by itself, so what is measured is the planner's own slowing down. */
function client(budget: S2CallBudget | null = null): S2Client {
  return createS2Client({
    accountEndpoint: upstream.url,
    basinEndpoint: upstream.url,
    timeoutMs: 10_000,
    retry: { maxRetries: 0 },
    cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
    budget,
    log: () => {},
  });
}

/** A fake S2 that answers after `delayMs`, keeping track of how many requests it holds at once. */
function trackingS2(
  answer: (n: number) => { status: number; body: unknown; headers?: Record<string, string> },
  delayMs = 20,
) {
  const seen = { inFlight: 0, max: 0, n: 0, log: [] as { at: number; inFlight: number; status: number }[] };
  upstream.respond(async (_, res) => {
    const n = seen.n++;
    seen.inFlight++;
    seen.max = Math.max(seen.max, seen.inFlight);
    const { status, body, headers } = answer(n);
    seen.log.push({ at: performance.now(), inFlight: seen.inFlight, status });
    await sleep(delayMs);
    seen.inFlight--;
    sendJson(res, status, body, headers);
  });
  return seen;
}

const windows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ start: NOW - (i + 1) * 3_600, end: NOW - i * 3_600 }));
const fetchWindow = (s2: S2Client) => (w: { start: number; end: number }) =>
  s2.accountMetrics(TOKEN, { set: "account-ops", start: w.start, end: w.end });

describe("mapWithConcurrency", () => {
  it("keeps at most `limit` calls in flight, uses all of them, and keeps the items' order", async () => {
    const seen = trackingS2(() => ({ status: 200, body: EMPTY }));
    const progress: number[] = [];
    const results = await mapWithConcurrency(
      [5, 1, 4, 2, 3, 0, 6, 7, 8, 9, 10, 11],
      4,
      async (delay, i) => {
        await fetchWindow(client())(windows(1)[0] as { start: number; end: number });
        await sleep(delay);
        return i;
      },
      { onProgress: (done) => progress.push(done) },
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(seen.max).toBe(4);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("slows down on S2's 429: fewer calls in flight, a pause, then every window still answered", async () => {
    // The first four calls (all in flight together) are refused; everything after is answered.
    const seen = trackingS2((n) =>
      n < 4
        ? { status: 429, body: { code: "rate_limited", message: "slow down" } }
        : { status: 200, body: EMPTY },
    );
    const s2 = client();
    const started = performance.now();
    const results = await mapWithConcurrency(windows(12), 4, fetchWindow(s2), {
      slowDown: { baseDelayMs: 150 },
    });
    expect(results).toHaveLength(12);
    expect(seen.n).toBe(16); // 12 windows + the 4 refused ones again
    const refusedAt = Math.max(...seen.log.filter((e) => e.status === 429).map((e) => e.at));
    const after = seen.log.filter((e) => e.status === 200);
    // Nothing went out during the pause, and the first calls after it were fewer than before.
    expect(Math.min(...after.map((e) => e.at)) - refusedAt).toBeGreaterThanOrEqual(140);
    expect(Math.max(...after.slice(0, 3).map((e) => e.inFlight))).toBeLessThanOrEqual(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("honours Retry-After, and treats 502 hot_server and 503 alike", async () => {
    const answers = [
      { status: 429, body: { code: "rate_limited", message: "x" }, headers: { "retry-after": "1" } },
      { status: 502, body: { code: "hot_server", message: "x" } },
      { status: 503, body: { code: "unavailable", message: "x" } },
    ];
    const seen = trackingS2((n) => answers[n] ?? { status: 200, body: EMPTY }, 5);
    const results = await mapWithConcurrency(windows(1), 3, fetchWindow(client()), {
      slowDown: { baseDelayMs: 10 },
    });
    expect(results).toEqual([EMPTY]);
    expect(seen.n).toBe(4);
    const [first, second] = seen.log;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("rejects at once on an error that is not S2 asking to slow down, and starts nothing more", async () => {
    const seen = trackingS2(() => ({
      status: 403,
      body: { code: "permission_denied", message: "not yours" },
    }));
    const error = await mapWithConcurrency(windows(10), 2, fetchWindow(client())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    await sleep(50);
    expect(seen.n).toBe(2);
  });

  it("gives up with S2's 429 {code, message} when asked to wait longer than a view can", async () => {
    trackingS2(
      () => ({ status: 429, body: { code: "rate_limited", message: "x" }, headers: { "retry-after": "30" } }),
      1,
    );
    const error = await mapWithConcurrency(windows(2), 2, fetchWindow(client())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect([(error as ApiError).status, (error as ApiError).code, (error as ApiError).retryAfter]).toEqual([
      429,
      "rate_limited",
      "30",
    ]);
  });

  it("gives up after maxRetries refusals of one window", async () => {
    const seen = trackingS2(() => ({ status: 503, body: { code: "unavailable", message: "x" } }), 1);
    const error = await mapWithConcurrency(windows(1), 1, fetchWindow(client()), {
      slowDown: { baseDelayMs: 1, maxRetries: 2 },
    }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(503);
    expect(seen.n).toBe(3);
  });

  it("waits briefly for the token's own S2 call budget instead of failing the view", async () => {
    trackingS2(() => ({ status: 200, body: EMPTY }), 1);
    let refusals = 1;
    const budget: S2CallBudget = {
      take: async () => (refusals-- > 0 ? { ok: false, retryAfterSeconds: 1 } : { ok: true }),
    };
    const started = performance.now();
    const results = await mapWithConcurrency(windows(3), 3, fetchWindow(client(budget)));
    expect(results).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it("fails with a clear 429 when the budget is spent for longer than a view can wait", async () => {
    trackingS2(() => ({ status: 200, body: EMPTY }), 1);
    const budget = createS2CallBudget(2, { kind: "memory" });
    const error = await mapWithConcurrency(windows(3), 1, fetchWindow(client(budget))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).toBody()).toEqual({
      code: "rate_limited",
      message: expect.stringContaining("too many S2 calls") as string,
    });
    expect(upstream.requests).toHaveLength(2);
  });

  it("stops when its signal is aborted", async () => {
    trackingS2(() => ({ status: 200, body: EMPTY }), 50);
    const controller = new AbortController();
    const run = mapWithConcurrency(windows(10), 1, fetchWindow(client()), { signal: controller.signal });
    controller.abort(new Error("the view went away"));
    await expect(run).rejects.toThrow("the view went away");
  });

  it("backs off exponentially, capped, never shorter than Retry-After", () => {
    const policy = { ...DEFAULT_SLOW_DOWN, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((n) => slowDownDelay(n, 0, policy))).toEqual([100, 200, 400, 800, 1_000]);
    expect(slowDownDelay(1, 3_000, policy)).toBe(3_000);
  });
});
