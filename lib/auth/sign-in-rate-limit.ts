import { z } from "zod";
import { sessionCookieName } from "./session";
import { CREDENTIALS_PROVIDER_ID, SIGN_IN_ERROR_MESSAGES, SIGN_IN_PATH } from "./sign-in-params";

/**
 * Sign-in attempts are rate limited per client: each one costs up to three S2 calls (verify-token.ts),
 * and a token is a secret that must not be guessable by trying. A client gets `limit` attempts in any
 * sliding minute; an attempt that signs in is given back, so only refused attempts use the allowance
 * and a busy office behind one address is not locked out by its own successful sign-ins. The allowance
 * is reserved before S2 is asked, so a burst of concurrent attempts cannot overrun it.
 *
 * Who "a client" is: with `AUTH_TRUST_PROXY=1`, the first address of `X-Forwarded-For`, which is right
 * only behind a reverse proxy that overwrites that header (a client can write anything into it). Without
 * it there is no trustworthy address: a Next route handler does not see the socket, and the header that
 * Next fills in from the socket is kept as the client sent it when present. Every client then shares one
 * allowance, which can be used up by one client: set AUTH_TRUST_PROXY behind a proxy in production.
 */

export const DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE = 10;
export const SIGN_IN_WINDOW_MS = 60_000;
/** Bounds the limiter's memory whatever addresses arrive. */
export const MAX_TRACKED_CLIENTS = 10_000;
/** The key of every client when no address can be trusted. */
export const SHARED_CLIENT_KEY = "*";

const signInLimitEnvSchema = z.object({
  AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(0).max(100_000).optional(),
  ),
  AUTH_TRUST_PROXY: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .enum(["0", "1", "true", "false"])
      .transform((v) => v === "1" || v === "true")
      .optional(),
  ),
});

export interface SignInLimitConfig {
  /** Attempts per client per sliding minute; 0 turns the limit off. */
  attemptsPerMinute: number;
  trustProxy: boolean;
}

export function parseSignInLimitConfig(env: Record<string, string | undefined>): SignInLimitConfig {
  const parsed = signInLimitEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid sign-in rate limit configuration: ${problems}`);
  }
  return {
    attemptsPerMinute: parsed.data.AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE ?? DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE,
    trustProxy: parsed.data.AUTH_TRUST_PROXY ?? false,
  };
}

export type Attempt = { ok: true; giveBack(): void } | { ok: false; retryAfterSeconds: number };

export interface LimiterOptions {
  limit: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

/** A sliding-window counter per key: at most `limit` reservations within any `windowMs`. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: LimiterOptions) {
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? MAX_TRACKED_CLIENTS;
  }

  attempt(key: string): Attempt {
    const now = this.now();
    const recent = this.recent(key, now);
    if (recent.length >= this.options.limit) {
      const oldest = recent[0] ?? now;
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000));
      return { ok: false, retryAfterSeconds };
    }
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    this.evict(now);
    let given = false;
    return {
      ok: true,
      giveBack: () => {
        if (given) return;
        given = true;
        const list = this.hits.get(key);
        const at = list?.lastIndexOf(now) ?? -1;
        if (list && at >= 0) list.splice(at, 1);
      },
    };
  }

  get size(): number {
    return this.hits.size;
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.options.windowMs;
    return (this.hits.get(key) ?? []).filter((t) => t > since);
  }

  private evict(now: number): void {
    if (this.hits.size <= this.maxKeys) return;
    const since = now - this.options.windowMs;
    for (const [key, list] of this.hits) {
      if (list.every((t) => t <= since)) this.hits.delete(key);
    }
    // Still too many live clients: forget the least recently active ones.
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break;
      this.hits.delete(key);
    }
  }
}

const MAX_KEY_LENGTH = 100;

/** Who is signing in, by the rules in this module's comment. */
export function signInClientKey(headers: Headers, trustProxy: boolean): string {
  if (!trustProxy) return SHARED_CLIENT_KEY;
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first === "" || first.length > MAX_KEY_LENGTH ? SHARED_CLIENT_KEY : first;
}

/** next-auth's credentials sign-in is a POST to `/api/auth/callback/<provider>`. */
function isSignInAttempt(request: Request): boolean {
  return (
    request.method === "POST" &&
    new URL(request.url).pathname.endsWith(`/callback/${CREDENTIALS_PROVIDER_ID}`)
  );
}

function setsSessionCookie(response: Response, secure: boolean): boolean {
  const name = sessionCookieName(secure);
  return response.headers.getSetCookie().some((cookie) => {
    const [pair = ""] = cookie.split(";");
    const at = pair.indexOf("=");
    const cookieName = pair.slice(0, at).trim();
    return (cookieName === name || cookieName.startsWith(`${name}.`)) && pair.slice(at + 1).trim() !== "";
  });
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

export interface SignInLimitDeps {
  limiter: SlidingWindowLimiter | null;
  trustProxy: boolean;
  secureCookies: boolean;
}

/** Wraps next-auth's route handler so that credentials sign-ins go through the limiter. */
export function withSignInRateLimit<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  deps: () => SignInLimitDeps,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    if (!isSignInAttempt(request)) return handler(request, context);
    const { limiter, trustProxy, secureCookies } = deps();
    if (limiter === null) return handler(request, context);
    const attempt = limiter.attempt(signInClientKey(request.headers, trustProxy));
    if (!attempt.ok) return rateLimitedResponse(request, attempt.retryAfterSeconds);
    const response = await handler(request, context);
    if (setsSessionCookie(response, secureCookies)) attempt.giveBack();
    return response;
  };
}

let shared: SignInLimitDeps | undefined;

/** The process's limiter, from the environment, built on first use. */
export function sharedSignInLimit(secureCookies: boolean): SignInLimitDeps {
  if (!shared) {
    const config = parseSignInLimitConfig(process.env);
    shared = {
      limiter:
        config.attemptsPerMinute === 0
          ? null
          : new SlidingWindowLimiter({ limit: config.attemptsPerMinute, windowMs: SIGN_IN_WINDOW_MS }),
      trustProxy: config.trustProxy,
      secureCookies,
    };
  }
  return shared;
}
