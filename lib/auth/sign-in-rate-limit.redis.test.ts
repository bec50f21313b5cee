import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { connectRedis } from "@/lib/cache/redis-connection";
import { sharedRedis } from "@/lib/cache/shared-cache";
import { ensureTestServices } from "@/lib/testing/services";
import { createSignInLimiter, sharedSignInLimiter } from "./sign-in-rate-limit";

const settings = { attempts: 2, windowSeconds: 60, trustedProxyHops: 1 };
let redisUrl: string;

beforeAll(async () => {
  ({ redisUrl } = await ensureTestServices());
  // Read once by the process's configuration, before anything asks for it.
  process.env.REDIS_URL = redisUrl;
});
afterAll(async () => {
  await sharedRedis()?.close();
});

it("with REDIS_URL, the process's sign-in limiter shares each client's allowance with other replicas", async () => {
  const other = connectRedis(redisUrl, { commandTimeoutMs: 200, log: () => {} });
  try {
    await vi.waitFor(() => expect(other.health()).toBe("ok"));
    await vi.waitFor(() => expect(sharedRedis()?.health()).toBe("ok"));
    const here = sharedSignInLimiter(settings);
    const there = createSignInLimiter(settings, { kind: "redis", client: other.client });
    if (here === null || there === null) throw new Error("expected limiters");
    // An address of this run only: the counts live in a Redis other test runs share.
    const client = { address: `198.51.100.${randomUUID()}`, trusted: true, chain: [] };
    expect((await there.reserve(client)).ok).toBe(true);
    expect((await there.reserve(client)).ok).toBe(true);
    expect(await here.reserve(client)).toMatchObject({ ok: false });
  } finally {
    await other.close();
  }
});
