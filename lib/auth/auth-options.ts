import "server-only";
import { randomUUID } from "node:crypto";
import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { requireAuthSecret, type ServerEnv, serverEnv } from "@/lib/config/server-env";
import { logError, logWarn } from "@/lib/log/log";
import { sharedS2Client } from "@/lib/upstream/shared-client";
import { clientAddress, headerRecord } from "./client-address";
import { demoOffered } from "./demo-access";
import { safeCallbackPath } from "./safe-callback-path";
import { sessionClaimsSchema, sessionCookieName, sessionCookieOptions } from "./session";
import { CREDENTIALS_PROVIDER_ID, SIGN_IN_PATH, type SignInError } from "./sign-in-params";
import { noteRateLimited, type SignInLimiter, sharedSignInLimiter } from "./sign-in-rate-limit";
import { revokeOnSignOut } from "./sign-out";
import { tokenFormatProblem } from "./token-format";
import { type TokenVerdict, verifyS2Token } from "./verify-token";

/**
 * next-auth (v4) with one Credentials provider: the user pastes an S2 access token, S2 checks it, and the
 * token is sealed into next-auth's encrypted JWT cookie. The session next-auth hands to the browser
 * (`/api/auth/session`, `useSession`) carries only its expiry: the token stays in the JWT.
 */

/** What the sign-in form posts, besides next-auth's csrfToken and callbackUrl. */
const signInFormSchema = z.object({
  token: z.string().optional(),
  // The demo button sends this flag instead of a token, so the demo token never reaches the browser.
  demo: z.literal("1").optional().catch(undefined),
});

/** Failures reach the form as `?error=<code>`: next-auth puts a thrown message there. */
class SignInRefused extends Error {
  constructor(readonly code: SignInError) {
    super(code);
  }
}

export interface AuthorizeDeps {
  env: ServerEnv;
  verify(token: string): Promise<TokenVerdict>;
  /** Null when the limit is off (AUTH_SIGN_IN_ATTEMPTS=0). */
  limiter: SignInLimiter | null;
}

/** What next-auth passes to `authorize` besides the credentials: the request's headers, as an object. */
export interface AuthorizeRequest {
  headers?: Record<string, unknown>;
}

/**
 * The token a sign-in attempt stands for, checked with S2; throws SignInRefused otherwise. next-auth calls
 * this only after its CSRF check, so the rate limit below counts real attempts only; a malformed token is
 * refused before it counts, since it never reaches S2.
 */
export async function authoriseSignIn(
  credentials: unknown,
  request: AuthorizeRequest | undefined,
  deps: AuthorizeDeps,
): Promise<User> {
  const form = signInFormSchema.safeParse(credentials ?? {});
  if (!form.success) throw new SignInRefused("missing_token");
  const client = clientAddress(headerRecord(request?.headers), deps.env.signIn.trustedProxyHops);
  let token: string;
  if (form.data.demo === "1") {
    if (!demoOffered(deps.env, client)) throw new SignInRefused("demo_unavailable");
    token = deps.env.demoToken;
  } else {
    token = form.data.token ?? "";
    const problem = tokenFormatProblem(token);
    if (problem !== null) throw new SignInRefused(problem);
  }
  const reservation = deps.limiter === null ? null : await deps.limiter.reserve(client);
  if (reservation !== null && !reservation.ok) {
    noteRateLimited(reservation.retryAfterSeconds);
    throw new SignInRefused("rate_limited");
  }
  const verdict = await deps.verify(token);
  if (verdict !== "ok") throw new SignInRefused(verdict);
  await reservation?.giveBack();
  // A random id: next-auth wants one, and anything derived from the token would be a handle on it.
  return { id: randomUUID(), s2Token: token } as User & { s2Token: string };
}

const verifyWithS2 = (token: string) => verifyS2Token(sharedS2Client(), token);

export function buildAuthOptions(
  env: ServerEnv,
  verify: AuthorizeDeps["verify"] = verifyWithS2,
  limiter: SignInLimiter | null = sharedSignInLimiter(env.signIn),
): AuthOptions {
  const maxAge = env.sessionMaxAgeSeconds;
  const secure = env.secureCookies;
  const deps: AuthorizeDeps = { env, verify, limiter };
  return {
    secret: requireAuthSecret(env),
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: sessionCookieName(secure), options: sessionCookieOptions(secure) },
    },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        id: CREDENTIALS_PROVIDER_ID,
        name: "S2 access token",
        credentials: { token: { label: "S2 access token", type: "password" } },
        authorize: (credentials, request) => authoriseSignIn(credentials, request, deps),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // At sign-in, replace next-auth's default claims (name, email, picture, sub) with ours only.
        if (user) {
          const s2Token = (user as User & { s2Token?: string }).s2Token ?? "";
          // `sid` names the session for sign-out (lib/auth/sign-out.ts); it survives re-issues of the cookie.
          return { s2Token, signedInAt: Math.floor(Date.now() / 1000), sid: randomUUID() };
        }
        return token;
      },
      session({ session, token }) {
        // The browser learns that it is signed in and until when; never the token.
        const claims = sessionClaimsSchema.safeParse(token);
        const expires = claims.success
          ? new Date((claims.data.signedInAt + maxAge) * 1000).toISOString()
          : session.expires;
        return { expires };
      },
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackPath(path)}`;
      },
    },
    events: {
      signOut: ({ token }) => revokeOnSignOut(token, maxAge),
    },
    logger: {
      // next-auth's default logger prints whole error objects; only codes and messages are logged here.
      error: (code, metadata) => logError("auth", code, { error: errorSummary(metadata) }),
      warn: (code) => logWarn("auth", code),
      debug: () => {},
    },
  };
}

function errorSummary(metadata: unknown): string {
  if (metadata instanceof Error) return metadata.message;
  const error = (metadata as { error?: unknown } | undefined)?.error;
  return error instanceof Error ? error.message : "";
}

let cached: AuthOptions | undefined;

/** Built on first use, so a build without runtime secrets can still import the auth route. */
export function authOptions(): AuthOptions {
  cached ??= buildAuthOptions(serverEnv());
  return cached;
}
