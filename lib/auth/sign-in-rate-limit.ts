import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { sharedRedis } from "@/lib/cache/shared-cache";
import type { SignInLimitSettings } from "@/lib/config/server-env";
import {
  createRateLimiter,
  type RateLimiter,
  type RateLimitStore,
  type Reservation,
} from "@/lib/limits/rate-limiter";
import type { ClientAddress } from "./client-address";
import { SIGN_IN_ERROR_MESSAGES, SIGN_IN_PATH } from "./sign-in-params";

/**
 * Sign-in attempts are rate limited per client: each one costs up to three S2 calls (verify-token.ts),
 * and a token must not be guessable by trying. Only attempts that reach the token check count: the
 * limiter is asked inside the credentials provider's `authorize`, which next-auth calls only after its
 * CSRF check passed and for whatever spelling of the route reached the provider, so neither a CSRF-less
 * flood nor a percent-encoded provider id (`/callback/s2%2Dtoken`) gets around it or uses it up.
 *
 * A client gets AUTH_SIGN_IN_ATTEMPTS per AUTH_SIGN_IN_WINDOW_SECONDS; an attempt that signs in is given
 * back, so a busy office behind one address is not locked out by its own sign-ins. The point is taken
 * before S2 is asked, so concurrent attempts cannot overrun it.
 *
 * The client is keyed as lib/auth/client-address.ts derives it. An address no trusted proxy vouches for
 * may be one the client made up, so those attempts also count against one shared backstop of
 * BACKSTOP_FACTOR times the allowance: rotating X-Forwarded-For buys at most that many guesses a window.
 */

export const BACKSTOP_FACTOR = 10;
const BACKSTOP_KEY = "untrusted-clients";

export interface SignInLimiter {
  /** Takes one attempt for `client`; `giveBack` on success. */
  reserve(client: ClientAddress): Promise<Reservation>;
}

export function createSignInLimiter(
  settings: SignInLimitSettings,
  store?: RateLimitStore,
): SignInLimiter | null {
  if (settings.attempts === 0) return null;
  const window = settings.windowSeconds;
  const perClient = createRateLimiter({
    name: "sign-in",
    points: settings.attempts,
    windowSeconds: window,
    store,
  });
  const backstop: RateLimiter = createRateLimiter({
    name: "sign-in-untrusted",
    points: settings.attempts * BACKSTOP_FACTOR,
    windowSeconds: window,
    store,
  });
  return {
    async reserve(client) {
      const own = await perClient.reserve(client.address);
      if (!own.ok || client.trusted) return own;
      const shared = await backstop.reserve(BACKSTOP_KEY);
      if (!shared.ok) {
        await own.giveBack();
        return shared;
      }
      return {
        ok: true,
        giveBack: async () => {
          await Promise.all([own.giveBack(), shared.giveBack()]);
        },
      };
    },
  };
}

/**
 * next-auth turns a refused `authorize` into `?error=<code>` with status 200; the route answers a refusal
 * for the rate limit as a 429 with Retry-After instead. `authorize` notes it here, per request.
 */
interface SignInOutcome {
  retryAfterSeconds: number | null;
}
const outcomes = new AsyncLocalStorage<SignInOutcome>();

export function noteRateLimited(retryAfterSeconds: number): void {
  const outcome = outcomes.getStore();
  if (outcome) outcome.retryAfterSeconds = retryAfterSeconds;
}

/** Runs next-auth's handler; a sign-in its `authorize` refused for the rate limit becomes a 429. */
export async function withRateLimitAnswer(
  request: Request,
  handle: () => Promise<Response>,
): Promise<Response> {
  const outcome: SignInOutcome = { retryAfterSeconds: null };
  const response = await outcomes.run(outcome, handle);
  return outcome.retryAfterSeconds === null
    ? response
    : rateLimitedResponse(request, outcome.retryAfterSeconds);
}

/**
 * A 429 the sign-in form understands: next-auth's client reads `?error=` from `url` (and so shows the
 * `rate_limited` message), while anything else reads `code`, `message` and Retry-After.
 */
export function rateLimitedResponse(request: Request, retryAfterSeconds: number): Response {
  const url = new URL(`${SIGN_IN_PATH}?error=rate_limited`, request.url).href;
  return Response.json(
    { url, code: "rate_limited", message: SIGN_IN_ERROR_MESSAGES.rate_limited },
    { status: 429, headers: { "retry-after": String(retryAfterSeconds), "cache-control": "no-store" } },
  );
}

const SHARED = Symbol.for("s2-dashboard.auth.sign-in-limiter");
const holder = globalThis as typeof globalThis & { [SHARED]?: { limiter: SignInLimiter | null } };

/**
 * The process's limiter, built on first use from the configuration: its counts in Redis when REDIS_URL is
 * set, so that every replica draws on one allowance per client; in memory otherwise (and while Redis is
 * down: lib/limits/rate-limiter.ts).
 */
export function sharedSignInLimiter(settings: SignInLimitSettings): SignInLimiter | null {
  const redis = sharedRedis();
  const store: RateLimitStore = redis ? { kind: "redis", client: redis.client } : { kind: "memory" };
  holder[SHARED] ??= { limiter: createSignInLimiter(settings, store) };
  return holder[SHARED].limiter;
}
