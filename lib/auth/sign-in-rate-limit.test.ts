import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-params";
import {
  DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE,
  parseSignInLimitConfig,
  SHARED_CLIENT_KEY,
  SlidingWindowLimiter,
  signInClientKey,
  withSignInRateLimit,
} from "./sign-in-rate-limit";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("SlidingWindowLimiter", () => {
  it("allows `limit` attempts per sliding window, then says how long to wait", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.attempt("a").ok).toBe(true);
      c.advance(10_000);
    }
    const refused = limiter.attempt("a");
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 30 });
    // Another client is not affected.
    expect(limiter.attempt("b").ok).toBe(true);
    // The first attempt leaves the window 60 s after it was made.
    c.advance(30_000);
    expect(limiter.attempt("a").ok).toBe(true);
    expect(limiter.attempt("a").ok).toBe(false);
  });

  it("takes back an attempt that was given back (a successful sign-in)", () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 60_000, now: clock().now });
    for (let i = 0; i < 10; i++) {
      const attempt = limiter.attempt("office");
      expect(attempt.ok).toBe(true);
      if (attempt.ok) attempt.giveBack();
    }
    expect(limiter.attempt("office").ok).toBe(true);
    expect(limiter.attempt("office").ok).toBe(true);
    expect(limiter.attempt("office").ok).toBe(false);
  });

  it("reserves before the outcome is known, so concurrent attempts cannot overrun it", () => {
    const limiter = new SlidingWindowLimiter({ limit: 5, windowMs: 60_000, now: clock().now });
    const results = Array.from({ length: 50 }, () => limiter.attempt("burst"));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });

  it("keeps its memory bounded whatever addresses arrive", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100, now: c.now });
    for (let i = 0; i < 10_000; i++) {
      limiter.attempt(`10.0.${i >> 8}.${i & 255}`);
      c.advance(1);
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

describe("signInClientKey", () => {
  const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

  it("uses the first X-Forwarded-For address only behind a trusted proxy", () => {
    expect(signInClientKey(headers("203.0.113.7, 10.0.0.1"), true)).toBe("203.0.113.7");
    expect(signInClientKey(headers("2001:DB8::1"), true)).toBe("2001:db8::1");
    expect(signInClientKey(headers("203.0.113.7"), false)).toBe(SHARED_CLIENT_KEY);
  });

  it("falls back to the shared key when there is no usable address", () => {
    expect(signInClientKey(headers(), true)).toBe(SHARED_CLIENT_KEY);
    expect(signInClientKey(headers(" , 1.2.3.4"), true)).toBe(SHARED_CLIENT_KEY);
    expect(signInClientKey(headers("x".repeat(500)), true)).toBe(SHARED_CLIENT_KEY);
  });
});

describe("parseSignInLimitConfig", () => {
  it("defaults to 10 attempts a minute and no trusted proxy", () => {
    expect(parseSignInLimitConfig({})).toEqual({
      attemptsPerMinute: DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE,
      trustProxy: false,
    });
    expect(parseSignInLimitConfig({ AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE: "0", AUTH_TRUST_PROXY: "1" })).toEqual({
      attemptsPerMinute: 0,
      trustProxy: true,
    });
  });

  it("names the variable when a value is wrong", () => {
    expect(() => parseSignInLimitConfig({ AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE: "many" })).toThrow(
      /AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE/,
    );
    expect(() => parseSignInLimitConfig({ AUTH_TRUST_PROXY: "yes" })).toThrow(/AUTH_TRUST_PROXY/);
  });
});

describe("withSignInRateLimit", () => {
  const signInUrl = "http://dashboard.test/api/auth/callback/s2-token";
  const post = (xff = "198.51.100.9") =>
    new Request(signInUrl, { method: "POST", headers: { "x-forwarded-for": xff }, body: "token=x" });

  function setup(succeeds: () => boolean) {
    let calls = 0;
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 60_000, now: clock().now });
    const handler = withSignInRateLimit(
      async () => {
        calls += 1;
        const headers = new Headers({ "content-type": "application/json" });
        if (succeeds()) headers.append("set-cookie", "next-auth.session-token=abc; Path=/; HttpOnly");
        return new Response(JSON.stringify({ url: "http://dashboard.test/" }), { headers });
      },
      () => ({ limiter, trustProxy: true, secureCookies: false }),
    );
    return { handler, calls: () => calls };
  }

  it("answers 429 with Retry-After and the form's error code once a client has used its attempts", async () => {
    const { handler, calls } = setup(() => false);
    for (let i = 0; i < 3; i++) expect((await handler(post(), undefined)).status).toBe(200);
    const refused = await handler(post(), undefined);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as { url: string; code: string; message: string };
    expect(new URL(body.url).searchParams.get("error")).toBe("rate_limited");
    expect(body.code).toBe("rate_limited");
    expect(body.message).toBe(signInErrorMessage("rate_limited"));
    // next-auth (and S2) never saw the refused attempt.
    expect(calls()).toBe(3);
    // Another client still gets through.
    expect((await handler(post("192.0.2.1"), undefined)).status).toBe(200);
  });

  it("does not count successful sign-ins, nor anything but the credentials callback", async () => {
    const { handler } = setup(() => true);
    for (let i = 0; i < 20; i++) expect((await handler(post(), undefined)).status).toBe(200);
    const other = setup(() => false);
    for (let i = 0; i < 20; i++) {
      const session = new Request("http://dashboard.test/api/auth/session", {
        headers: { "x-forwarded-for": "198.51.100.9" },
      });
      expect((await other.handler(session, undefined)).status).toBe(200);
    }
  });
});
