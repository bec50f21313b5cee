import { afterEach, describe, expect, it } from "vitest";
import { type FakeUpstream, refusedUrl, sendJson, startFakeUpstream } from "./fake-upstream";
import {
  backoffDelay,
  defaultFetchDeps,
  fetchWithRetry,
  type RetryPolicy,
  UpstreamTimeoutError,
  UpstreamUnreachableError,
} from "./fetch-with-retry";

const policy: RetryPolicy = { timeoutMs: 2_000, maxRetries: 2, baseDelayMs: 10, maxDelayMs: 50 };
let upstream: FakeUpstream | undefined;

afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

describe("fetchWithRetry", () => {
  it("retries a 503 and returns the answer that follows", async () => {
    let calls = 0;
    upstream = await startFakeUpstream((_, res) => {
      calls += 1;
      sendJson(
        res,
        calls === 1 ? 503 : 200,
        calls === 1 ? { code: "unavailable", message: "busy" } : { ok: 1 },
      );
    });
    const { response, attempts } = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, policy);
    expect(response.status).toBe(200);
    expect(attempts).toBe(2);
  });

  it("gives up after the bounded number of retries and returns the last 503", async () => {
    upstream = await startFakeUpstream((_, res) =>
      sendJson(res, 503, { code: "unavailable", message: "busy" }),
    );
    const { response, attempts } = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, policy);
    expect(response.status).toBe(503);
    expect(attempts).toBe(3);
    expect(upstream.requests).toHaveLength(3);
  });

  it("does not retry answers that repeating cannot change", async () => {
    for (const status of [400, 401, 403, 429, 500]) {
      upstream = await startFakeUpstream((_, res) => sendJson(res, status, { code: "x", message: "y" }));
      const { attempts } = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, policy);
      expect(attempts).toBe(1);
      await upstream.close();
      upstream = undefined;
    }
  });

  it("retries a refused connection, then reports the upstream unreachable", async () => {
    let attempts = 0;
    const countingFetch: typeof fetch = (input, init) => {
      attempts += 1;
      return fetch(input, init);
    };
    const url = new URL(`${await refusedUrl()}/v1/x`);
    await expect(
      fetchWithRetry(url, {}, policy, { ...defaultFetchDeps, fetch: countingFetch }),
    ).rejects.toThrow(UpstreamUnreachableError);
    expect(attempts).toBe(3);
  });

  it("ends in a timeout, without retrying, when the budget runs out", async () => {
    upstream = await startFakeUpstream(() => {
      // Never answers.
    });
    const started = Date.now();
    await expect(
      fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, { ...policy, timeoutMs: 200 }),
    ).rejects.toThrow(UpstreamTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(upstream.requests).toHaveLength(1);
  });

  it("does not start a retry whose backoff would not fit in the remaining budget", async () => {
    upstream = await startFakeUpstream((_, res) =>
      sendJson(res, 503, { code: "unavailable", message: "busy" }),
    );
    const slowBackoff: RetryPolicy = { timeoutMs: 300, maxRetries: 5, baseDelayMs: 1_000, maxDelayMs: 1_000 };
    const { attempts } = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, slowBackoff, {
      ...defaultFetchDeps,
      random: () => 0.99,
    });
    expect(attempts).toBe(1);
  });
});

describe("backoffDelay", () => {
  it("grows exponentially up to its cap and is jittered below it", () => {
    expect(backoffDelay(0, policy, () => 0.999)).toBe(9);
    expect(backoffDelay(1, policy, () => 0.999)).toBe(19);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(49);
    expect(backoffDelay(10, policy, () => 0)).toBe(0);
  });
});
