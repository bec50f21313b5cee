import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { listBasinsResponseSchema } from "@/lib/s2/contract";

/** Tokens the e2e backend knows: its built-in demo token and those of e2e/fixtures/local-s2-tokens.json. */
export const DEMO_TOKEN = "s2-local-demo-token";
export const SCOPED_PROD_TOKEN = "e2e-scoped-prod-token";
export const NO_METRICS_TOKEN = "e2e-no-metrics-token";

// Must match playwright.config.ts: the app server's AUTH_SECRET and the backend's port.
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
export const S2_URL = `http://127.0.0.1:${Number(process.env.E2E_S2_PORT ?? 4343)}`;
export const SESSION_COOKIE = "next-auth.session-token";

export async function signInWithToken(page: Page, token: string): Promise<void> {
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await page.getByLabel("S2 access token").fill(token);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signInWithDemo(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Use the demo token" }).click();
}

/** One prod- basin and one other basin, asked of the backend itself rather than hard-coded. */
export async function backendBasins(request: APIRequestContext): Promise<{ prod: string; other: string }> {
  const response = await request.get(`${S2_URL}/v1/basins`, {
    headers: { authorization: `Bearer ${DEMO_TOKEN}` },
  });
  const { basins } = listBasinsResponseSchema.parse(await response.json());
  const names = basins.filter((b) => !b.deleted_at).map((b) => b.name);
  const prod = names.find((name) => name.startsWith("prod-"));
  const other = names.find((name) => !name.startsWith("prod-"));
  if (!prod || !other)
    throw new Error(`the e2e backend needs a prod- and a non-prod basin; it has ${names.join(", ")}`);
  return { prod, other };
}

/**
 * A session cookie as the app would have issued it, but for an S2 token the backend does not know: the
 * state of a session whose token was revoked after sign-in.
 */
export async function sessionCookieForToken(s2Token: string): Promise<string> {
  return encode({
    // `sid`: the session id every session carries since sign-out revokes sessions (lib/auth/sign-out.ts).
    token: { s2Token, signedInAt: Math.floor(Date.now() / 1000), sid: randomUUID() },
    secret: E2E_AUTH_SECRET,
    maxAge: 3_600,
  });
}

/** From the sign-in page, in with the demo token, landed on the account view: most specs' first step. */
export async function signInAsDemo(page: Page): Promise<void> {
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
}
