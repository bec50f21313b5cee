import { expect, type Page, test } from "@playwright/test";
import { SCOPED_PROD_TOKEN, signInWithToken } from "./helpers/auth";
import { postSignIn, signInError } from "./helpers/sign-in-post";

/**
 * Sign-in attempts are limited per client: the e2e dashboard trusts one proxy (AUTH_TRUST_PROXY=1), so the
 * last X-Forwarded-For entry names the client and each test is a client of its own. Addresses from the
 * documentation ranges are remote clients: the demo button is not offered to them, so they sign in with a
 * scoped token.
 */

const ATTEMPTS = 10;
let next = Math.floor(Math.random() * 200);
/** A client address no other test (or earlier run against the same server) uses. */
const uniqueAddress = (prefix: string) => `${prefix}.${(next++ % 250) + 1}`;

function asClient(page: Page, address: string) {
  return page.setExtraHTTPHeaders({ "x-forwarded-for": address });
}

test("too many refused sign-ins from one client are answered 429, and the form says to wait", async ({
  page,
  browser,
}) => {
  await asClient(page, uniqueAddress("198.51.100"));
  await page.goto("/sign-in");
  const refused = page.getByRole("alert").filter({ hasText: "S2 did not accept this access token" });
  for (let i = 0; i < ATTEMPTS; i++) {
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
  await signInWithToken(page, SCOPED_PROD_TOKEN);
  await expect(limited).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  // Another client is not affected.
  const other = await browser.newPage();
  await asClient(other, uniqueAddress("203.0.113"));
  await other.goto("/sign-in");
  await signInWithToken(other, SCOPED_PROD_TOKEN);
  await expect(other).toHaveURL(/\/$/);
  await other.close();
});

test("signing in successfully does not use up the allowance", async ({ request }) => {
  const clientAddress = uniqueAddress("192.0.2");
  for (let i = 0; i < ATTEMPTS + 2; i++) {
    const response = await postSignIn(request, { form: { token: SCOPED_PROD_TOKEN }, clientAddress });
    expect(await signInError(response)).toBeNull();
  }
  // The allowance is untouched: a wrong token is still checked with S2, not refused for the limit.
  const wrong = await postSignIn(request, { form: { token: "wrong-token" }, clientAddress });
  expect(await signInError(wrong)).toBe("invalid_token");
});

test("a percent-encoded provider id is counted like any other attempt", async ({ request }) => {
  const clientAddress = uniqueAddress("198.51.100");
  const codes: (string | null)[] = [];
  const statuses: number[] = [];
  for (let i = 0; i < ATTEMPTS + 5; i++) {
    // `%2D` is `-`: Next decodes it, so the request reaches the s2-token provider all the same.
    const response = await postSignIn(request, {
      path: "/api/auth/callback/s2%2Dtoken",
      form: { token: `guess-${i}` },
      clientAddress,
    });
    statuses.push(response.status());
    codes.push(await signInError(response));
  }
  expect(codes.slice(0, ATTEMPTS)).toEqual(Array(ATTEMPTS).fill("invalid_token"));
  expect(statuses.slice(ATTEMPTS)).toEqual(Array(5).fill(429));
  expect(codes.slice(ATTEMPTS)).toEqual(Array(5).fill("rate_limited"));
});

test("POSTs without a CSRF token use up nothing: the client still signs in", async ({ request, page }) => {
  const clientAddress = uniqueAddress("203.0.113");
  for (let i = 0; i < ATTEMPTS * 3; i++) {
    const response = await postSignIn(request, {
      form: { token: `guess-${i}` },
      clientAddress,
      withCsrf: false,
    });
    expect(response.status()).not.toBe(429);
  }
  await asClient(page, clientAddress);
  await page.goto("/sign-in");
  await signInWithToken(page, "still-a-wrong-token");
  await expect(
    page.getByRole("alert").filter({ hasText: "S2 did not accept this access token" }),
  ).toBeVisible();
  await signInWithToken(page, SCOPED_PROD_TOKEN);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("the demo token is neither offered to nor accepted from a client on another machine", async ({
  page,
  request,
}) => {
  const clientAddress = uniqueAddress("192.0.2");
  await asClient(page, clientAddress);
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Use the demo token" })).toHaveCount(0);
  // Posting the demo flag by hand does not help.
  expect(await signInError(await postSignIn(request, { form: { demo: "1" }, clientAddress }))).toBe(
    "demo_unavailable",
  );
});
