import type { APIRequestContext, APIResponse } from "@playwright/test";

/**
 * A credentials sign-in posted the way next-auth's client posts it (`json=true`, with the CSRF token and
 * its cookie), for tests that need what a browser form cannot send: another spelling of the route, a
 * token with a line break (a password input drops those), or no CSRF token at all.
 */
export interface SignInPost {
  form: Record<string, string>;
  /** Defaults to `/api/auth/callback/s2-token`. */
  path?: string;
  /** The client's address as a trusted proxy would name it (the e2e server sets AUTH_TRUST_PROXY=1). */
  clientAddress?: string;
  /** False to leave out the CSRF token, as a forged cross-site or scripted POST would. */
  withCsrf?: boolean;
}

export async function postSignIn(request: APIRequestContext, post: SignInPost): Promise<APIResponse> {
  const headers: Record<string, string> = post.clientAddress ? { "x-forwarded-for": post.clientAddress } : {};
  const form: Record<string, string> = { json: "true", callbackUrl: "/", ...post.form };
  if (post.withCsrf !== false) {
    const csrf = await request.get("/api/auth/csrf", { headers });
    form.csrfToken = ((await csrf.json()) as { csrfToken: string }).csrfToken;
  }
  return request.post(post.path ?? "/api/auth/callback/s2-token", { form, headers, maxRedirects: 0 });
}

/** The `?error=` code of a next-auth JSON answer, or null when it signed in. */
export async function signInError(response: APIResponse): Promise<string | null> {
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return body.url ? new URL(body.url).searchParams.get("error") : null;
}
