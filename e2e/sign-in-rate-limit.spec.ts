import { expect, type Page, test } from "@playwright/test";
import { signInWithDemo, signInWithToken } from "./helpers/auth";

/**
 * Sign-in attempts are limited per client: the e2e dashboard trusts X-Forwarded-For (AUTH_TRUST_PROXY=1,
 * as behind a reverse proxy), so each test is a client of its own and nobody else's sign-in is affected.
 */

const ATTEMPTS_PER_MINUTE = 10;

function asClient(page: Page, address: string) {
  return page.setExtraHTTPHeaders({ "x-forwarded-for": address });
}

const uniqueAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}, 10.0.0.1`;

test("too many refused sign-ins from one client are answered 429, and the form says to wait", async ({
  page,
  browser,
}) => {
  await asClient(page, uniqueAddress());
  await page.goto("/sign-in");
  const refused = page.getByRole("alert").filter({ hasText: "S2 did not accept this access token" });
  for (let i = 0; i < ATTEMPTS_PER_MINUTE; i++) {
    await signInWithToken(page, `wrong-token-${i}`);
    await expect(refused).toBeVisible();
  }

  const answer = page.waitForResponse(
    (r) => r.url().includes("/api/auth/callback/") && r.request().method() === "POST",
  );
  await signInWithToken(page, "wrong-token-again");
  const response = await answer;
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await response.json()).toMatchObject({ code: "rate_limited" });
  const limited = page.getByRole("alert").filter({ hasText: "Too many sign-in attempts" });
  await expect(limited).toHaveText(/Too many sign-in attempts.*Wait a minute/);

  // Even the right token waits: the limit is per client, not per token.
  await signInWithDemo(page);
  await expect(limited).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  // Another client is not affected.
  const other = await browser.newPage();
  await asClient(other, uniqueAddress().replace("198.51.100", "203.0.113"));
  await other.goto("/sign-in");
  await signInWithDemo(other);
  await expect(other).toHaveURL(/\/$/);
  await other.close();
});

test("signing in successfully does not use up the allowance", async ({ page }) => {
  await asClient(page, uniqueAddress().replace("198.51.100", "192.0.2"));
  for (let i = 0; i < ATTEMPTS_PER_MINUTE + 2; i++) {
    // Leave the signed-in page first: its requests still in flight would answer 401 once the cookie is
    // gone, and its redirect to the sign-in page would abort the navigation below.
    await page.goto("about:blank");
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await signInWithDemo(page);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  }
});
