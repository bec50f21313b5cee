import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";

describe("createRateLimiter (memory)", () => {
  it("allows `points` reservations per key, then refuses with a retry time within the window", async () => {
    const limiter = createRateLimiter({ name: "test-a", points: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) expect((await limiter.reserve("client-1")).ok).toBe(true);
    const refused = await limiter.reserve("client-1");
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it("keeps each key's allowance its own", async () => {
    const limiter = createRateLimiter({ name: "test-b", points: 1, windowSeconds: 60 });
    expect((await limiter.reserve("a")).ok).toBe(true);
    expect((await limiter.reserve("a")).ok).toBe(false);
    expect((await limiter.reserve("b")).ok).toBe(true);
  });

  it("gives a point back once, however often it is asked to", async () => {
    const limiter = createRateLimiter({ name: "test-c", points: 2, windowSeconds: 60 });
    const first = await limiter.reserve("k");
    if (!first.ok) throw new Error("expected a reservation");
    await first.giveBack();
    await first.giveBack();
    expect((await limiter.reserve("k")).ok).toBe(true);
    expect((await limiter.reserve("k")).ok).toBe(true);
    expect((await limiter.reserve("k")).ok).toBe(false);
  });
});
