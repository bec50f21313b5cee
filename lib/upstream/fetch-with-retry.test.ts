import { afterEach, describe, expect, it } from "vitest";
import { type FakeUpstream, refusedUrl, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import {
  backoffDelay,
  defaultFetchDeps,
  fetchWithRetry,
  type RetryPolicy,
  retryAfterMs,
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

  it("does not retry answers S2 does not mark retryable", async () => {
    const answers: [number, string][] = [
      [400, "bad_query"],
      [401, "authn"],
      [403, "quota_exhausted"],
      [404, "stream_not_found"],
      [408, "request_timeout"],
      [499, "client_hangup"],
      [500, "internal"],
      [501, "not_implemented"],
      [502, "bad_gateway"],
      [504, "upstream_timeout"],
    ];
    for (const [status, code] of answers) {
      upstream = await startFakeUpstream((_, res) => sendJson(res, status, { code, message: "y" }));
      const { response, attempts } = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, policy);
      expect([code, attempts]).toEqual([code, 1]);
      // The answer is returned whole, even where its body was looked at to decide.
      expect(await response.json()).toEqual({ code, message: "y" });
      await upstream.close();
      upstream = undefined;
    }
  });

  it("retries the answers S2 marks retryable: 429, 502 hot_server, 503", async () => {
    const answers: [number, string][] = [
      [429, "rate_limited"],
      [502, "hot_server"],
      [503, "unavailable"],
      [503, "server_draining"],
    ];
    for (const [status, code] of answers) {
      let calls = 0;
      upstream = await startFakeUpstream((_, res) => {
        calls += 1;
        sendJson(res, calls === 1 ? status : 200, calls === 1 ? { code, message: "busy" } : { ok: 1 });
      });
      const { response, attempts } = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, policy);
      expect([code, response.status, attempts]).toEqual([code, 200, 2]);
      await upstream.close();
      upstream = undefined;
    }
  });

  it("honours Retry-After: retries after it when it fits in the budget, and not at all when it does not", async () => {
    let calls = 0;
    upstream = await startFakeUpstream((_, res) => {
      calls += 1;
      if (calls > 1) return sendJson(res, 200, { ok: 1 });
      sendJson(res, 429, { code: "rate_limited", message: "slow down" }, { "retry-after": "3" });
    });
    // The backoff alone (at most 50 ms) would fit in 2 s; the 3 s S2 asked for does not.
    const { response, attempts } = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, policy);
    expect([response.status, attempts, response.headers.get("retry-after")]).toEqual([429, 1, "3"]);
    calls = 0;
    const roomy = { ...policy, timeoutMs: 5_000 };
    const retried = await fetchWithRetry(new URL(`${upstream.url}/v1/x`), {}, roomy);
    expect([retried.response.status, retried.attempts]).toEqual([200, 2]);
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

describe("retryAfterMs", () => {
  const answer = (value: string) => new Response(null, { status: 429, headers: { "retry-after": value } });
  it("reads delta-seconds and HTTP dates, and ignores anything else", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(answer("7"), now)).toBe(7_000);
    expect(retryAfterMs(answer("Thu, 01 Jan 2026 00:00:04 GMT"), now)).toBe(4_000);
    expect(retryAfterMs(answer("Wed, 31 Dec 2025 00:00:00 GMT"), now)).toBe(0);
    expect(retryAfterMs(answer("soon"), now)).toBe(0);
    expect(retryAfterMs(new Response(null, { status: 503 }), now)).toBe(0);
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
