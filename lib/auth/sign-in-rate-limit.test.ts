import { describe, expect, it } from "vitest";
import type { ClientAddress } from "./client-address";
import {
  BACKSTOP_FACTOR,
  createSignInLimiter,
  noteRateLimited,
  withRateLimitAnswer,
} from "./sign-in-rate-limit";

const trusted = (address: string): ClientAddress => ({ address, trusted: true, chain: [address] });
const untrusted = (address: string): ClientAddress => ({ address, trusted: false, chain: [address] });

describe("createSignInLimiter", () => {
  it("gives each client its own allowance", async () => {
    const limiter = createSignInLimiter({ attempts: 2, windowSeconds: 60, trustedProxyHops: 1 });
    if (limiter === null) throw new Error("expected a limiter");
    expect((await limiter.reserve(trusted("192.0.2.1"))).ok).toBe(true);
    expect((await limiter.reserve(trusted("192.0.2.1"))).ok).toBe(true);
    const refused = await limiter.reserve(trusted("192.0.2.1"));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await limiter.reserve(trusted("192.0.2.2"))).ok).toBe(true);
  });

  it("caps made-up addresses together, so rotating X-Forwarded-For buys a bounded number of guesses", async () => {
    const limiter = createSignInLimiter({ attempts: 2, windowSeconds: 60, trustedProxyHops: 0 });
    if (limiter === null) throw new Error("expected a limiter");
    let allowed = 0;
    for (let i = 0; i < 100; i++) if ((await limiter.reserve(untrusted(`198.51.100.${i}`))).ok) allowed++;
    expect(allowed).toBe(2 * BACKSTOP_FACTOR);
    // A proxy-vouched client is not held up by that.
    expect((await limiter.reserve(trusted("203.0.113.1"))).ok).toBe(true);
  });

  it("is off with AUTH_SIGN_IN_ATTEMPTS=0", () => {
    expect(createSignInLimiter({ attempts: 0, windowSeconds: 60, trustedProxyHops: 0 })).toBeNull();
  });
});

describe("withRateLimitAnswer", () => {
  const request = new Request("http://127.0.0.1:3000/api/auth/callback/s2-token", { method: "POST" });

  it("answers 429 with Retry-After and {code, message} when `authorize` noted the limit", async () => {
    const response = await withRateLimitAnswer(request, async () => {
      await Promise.resolve();
      noteRateLimited(42);
      return Response.json({ url: "http://127.0.0.1:3000/sign-in?error=rate_limited" });
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toEqual({
      url: "http://127.0.0.1:3000/sign-in?error=rate_limited",
      code: "rate_limited",
      message: expect.stringContaining("Too many sign-in attempts"),
    });
  });

  it("passes every other answer through", async () => {
    const original = Response.json({ url: "http://127.0.0.1:3000/" });
    expect(await withRateLimitAnswer(request, async () => original)).toBe(original);
    // Outside a request nothing is noted, and nothing throws.
    noteRateLimited(1);
  });
});
