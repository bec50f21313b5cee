import "server-only";
import { createHash } from "node:crypto";
import { decode } from "next-auth/jwt";
import { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { requireAuthSecret, type ServerEnv, serverEnv } from "@/lib/config/server-env";
import { logError } from "@/lib/log/log";
import { getStore } from "@/lib/store/open-store";

/**
 * The session is next-auth's encrypted JWT (JWE) cookie; the S2 token lives only inside it. Server code
 * reads the token here and nowhere else. The cookie is read by hand rather than with `getToken`, which
 * would also accept the JWE from an `Authorization` header: the cookie is the only way in.
 */

const SESSION_COOKIE = "next-auth.session-token";

export function sessionCookieName(secure: boolean): string {
  return secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

/** What the session JWT carries besides next-auth's own claims (iat, exp, jti). */
export const sessionClaimsSchema = z.object({
  s2Token: z.string().min(1),
  /** Epoch seconds. The lifetime counts from here, so nothing that re-issues the cookie can extend it. */
  signedInAt: z.number().int().nonnegative(),
  /**
   * The session's id, random, set once at sign-in: sign-out revokes it (lib/store/session-revocations.ts).
   * Not next-auth's `jti`, which its `encode` replaces with a fresh one every time the cookie is re-issued.
   * A cookie without one (issued before revocation existed) cannot be revoked, so it is no session.
   */
  sid: z.string().min(16).max(200),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export interface CookieEntry {
  name: string;
  value: string;
}

export interface CookieSource {
  getAll(): CookieEntry[];
}

/** next-auth splits a cookie over 4 kB into `name.0`, `name.1`...; this joins them back. */
function sessionCookieValue(cookies: CookieEntry[], name: string): string | null {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((cookie) => ({ cookie, index: chunkIndex(cookie.name, name) }))
    .filter((entry): entry is { cookie: CookieEntry; index: number } => entry.index !== null)
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((entry) => entry.cookie.value).join("") : null;
}

function chunkIndex(cookieName: string, name: string): number | null {
  if (!cookieName.startsWith(`${name}.`)) return null;
  const suffix = cookieName.slice(name.length + 1);
  return /^\d{1,3}$/.test(suffix) ? Number(suffix) : null;
}

/** Whether a session id was revoked (signed out); rejects when the answer cannot be had. */
export type RevocationCheck = (sid: string) => Promise<boolean>;

const storeRevocationCheck: RevocationCheck = async (sid) => (await getStore()).sessions.isRevoked(sid);

/**
 * The S2 token of a valid, unexpired, not signed-out session, or null. Throws on a missing secret, and
 * answers 503 (ApiError `unavailable`) when the dashboard's database cannot say whether the session was
 * signed out: fail closed, since a copied cookie of a signed-out session must never pass.
 */
export async function readS2Token(
  cookies: CookieSource,
  env: ServerEnv = serverEnv(),
  nowMs: number = Date.now(),
  isRevoked: RevocationCheck = storeRevocationCheck,
): Promise<string | null> {
  const secret = requireAuthSecret(env);
  const jwe = sessionCookieValue(cookies.getAll(), sessionCookieName(env.secureCookies));
  if (jwe === null) return null;
  let payload: unknown;
  try {
    payload = await decodeRemembered(jwe, secret, nowMs);
  } catch {
    // Tampered, encrypted under another secret, or past `exp`: the same as no session.
    return null;
  }
  const claims = sessionClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  const ageSeconds = Math.floor(nowMs / 1000) - claims.data.signedInAt;
  if (ageSeconds >= env.sessionMaxAgeSeconds) return null;
  // Asked on every read, after the decode cache below: that cache remembers what the cookie says, never
  // whether its session is still live.
  let revoked: boolean;
  try {
    revoked = await isRevoked(claims.data.sid);
  } catch (error) {
    logError("auth", "revocation_check_failed", {
      error: error instanceof Error ? error.message : String(error),
    });
    throw new ApiError(
      503,
      "unavailable",
      "The dashboard cannot check sessions right now; try again shortly",
    );
  }
  return revoked ? null : claims.data.s2Token;
}

/**
 * Opening the JWE costs a key derivation (HKDF) and a decryption on every API call, a large share of the
 * proxy's own work when a dashboard polls six panels. A cookie that opened is remembered briefly, by a
 * hash of the secret and the cookie (never the cookie itself), until the earlier of a minute from now
 * and the JWT's own `exp`. Only successes are remembered, and the lifetime check above still runs on
 * every call, so nothing a fresh decode would refuse is accepted for longer than `exp` allows.
 */
export const DECODED_SESSION_TTL_MS = 60_000;
const MAX_DECODED_SESSIONS = 5_000;
const DECODED = Symbol.for("s2-dashboard.auth.decoded-sessions");
const holder = globalThis as typeof globalThis & {
  [DECODED]?: {
    remembered: Map<string, { payload: unknown; until: number }>;
    opening: Map<string, Promise<unknown>>;
  };
};

async function decodeRemembered(jwe: string, secret: string, nowMs: number): Promise<unknown> {
  holder[DECODED] ??= { remembered: new Map(), opening: new Map() };
  const { remembered, opening } = holder[DECODED];
  const key = createHash("sha256").update(secret).update("\0").update(jwe).digest("base64url");
  const hit = remembered.get(key);
  if (hit !== undefined && hit.until > nowMs) return hit.payload;
  // A page load sends its API calls together: they wait for one decode of their cookie, not one each.
  let pending = opening.get(key);
  if (pending === undefined) {
    pending = remember(key, jwe, secret, remembered).finally(() => opening.delete(key));
    opening.set(key, pending);
  }
  return pending;
}

async function remember(
  key: string,
  jwe: string,
  secret: string,
  remembered: Map<string, { payload: unknown; until: number }>,
): Promise<unknown> {
  const payload = await decode({ token: jwe, secret });
  if (payload === null) return null;
  const exp = typeof payload.exp === "number" ? payload.exp * 1000 : Date.now();
  const until = Math.min(Date.now() + DECODED_SESSION_TTL_MS, exp);
  remembered.delete(key);
  remembered.set(key, { payload, until });
  // A Map iterates in insertion order: the first entries are the longest unused.
  for (const oldest of remembered.keys()) {
    if (remembered.size <= MAX_DECODED_SESSIONS) break;
    remembered.delete(oldest);
  }
  return payload;
}

/** Cookies of a request, from its `Cookie` header. */
export function requestCookies(request: Request): CookieSource {
  const header = request.headers.get("cookie") ?? "";
  const entries: CookieEntry[] = [];
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    entries.push({ name: part.slice(0, at).trim(), value: part.slice(at + 1).trim() });
  }
  return { getAll: () => entries };
}

/**
 * Ends the session on a response: every session cookie (chunks included) the request carried is expired,
 * with the attributes it was set with, so the browser really drops it.
 */
export function expireSessionCookies(request: Request, response: Response, secure: boolean): void {
  const name = sessionCookieName(secure);
  for (const cookie of requestCookies(request).getAll()) {
    if (cookie.name !== name && chunkIndex(cookie.name, name) === null) continue;
    const attributes = ["Path=/", "Max-Age=0", "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])];
    response.headers.append("set-cookie", `${cookie.name}=; ${attributes.join("; ")}`);
  }
}
