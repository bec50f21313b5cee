import { decode } from "next-auth/jwt";
import { z } from "zod";
import { requireAuthSecret, type ServerEnv, serverEnv } from "@/lib/config/server-env";

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

/** The S2 token of a valid, unexpired session, or null. Only a missing secret throws. */
export async function readS2Token(
  cookies: CookieSource,
  env: ServerEnv = serverEnv(),
  nowMs: number = Date.now(),
): Promise<string | null> {
  const secret = requireAuthSecret(env);
  const jwe = sessionCookieValue(cookies.getAll(), sessionCookieName(env.secureCookies));
  if (jwe === null) return null;
  let payload: unknown;
  try {
    payload = await decode({ token: jwe, secret });
  } catch {
    // Tampered, encrypted under another secret, or past `exp`: the same as no session.
    return null;
  }
  const claims = sessionClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  const ageSeconds = Math.floor(nowMs / 1000) - claims.data.signedInAt;
  return ageSeconds < env.sessionMaxAgeSeconds ? claims.data.s2Token : null;
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
