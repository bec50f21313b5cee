import { expect, test } from "@playwright/test";
import {
  backendBasins,
  NO_METRICS_TOKEN,
  SCOPED_PROD_TOKEN,
  SESSION_COOKIE,
  sessionCookieForToken,
  signInWithDemo,
  signInWithToken,
} from "./helpers/auth";

test.describe("sign-in", () => {
  test("a signed-out visitor is sent to sign in, and the demo token signs in with one click", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await signInWithDemo(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByTestId("basin-list").getByRole("link").first()).toBeVisible();
  });

  test("a wrong token is refused on the form, with the reason", async ({ page, context }) => {
    await page.goto("/sign-in");
    await signInWithToken(page, "not-a-real-token");
    await expect(
      page.getByRole("alert").filter({ hasText: "S2 did not accept this access token" }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
  });

  test("a token without metrics permission is told so", async ({ page }) => {
    await page.goto("/sign-in");
    await signInWithToken(page, NO_METRICS_TOKEN);
    await expect(page.getByRole("alert").filter({ hasText: "no permission to read metrics" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("after signing in, the visitor returns to the page they asked for", async ({ page, request }) => {
    const { prod } = await backendBasins(request);
    await page.goto(`/basins/${prod}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fbasins%2F${prod}$`));
    await signInWithDemo(page);
    await expect(page).toHaveURL(new RegExp(`/basins/${prod}$`));
    await expect(page.locator('section[data-set="storage"]').getByTestId("stat-gauge-total")).toBeVisible();
  });

  test("a callback URL to another site is ignored", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=%2F%2Fevil.example%2Fphish");
    await signInWithDemo(page);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});

test.describe("scoped tokens", () => {
  test("a prod- scoped token sees its basins and a 403 panel for a basin outside its scope", async ({
    page,
    request,
  }) => {
    const { prod, other } = await backendBasins(request);
    await page.goto("/sign-in");
    await signInWithToken(page, SCOPED_PROD_TOKEN);
    await expect(page).toHaveURL(/\/$/);
    const listed = page.getByTestId("basin-list").getByRole("link");
    await expect(listed.first()).toBeVisible();
    for (const name of await listed.allTextContents()) expect(name.startsWith("prod-")).toBe(true);

    await page.goto(`/basins/${prod}`);
    await expect(page.locator('section[data-set="storage"]').getByTestId("stat-gauge-total")).toBeVisible();

    await page.goto(`/basins/${other}`);
    await expect(
      page.getByRole("alert").filter({ hasText: `This token cannot see basin ${other}` }),
    ).toBeVisible();
  });
});

test.describe("ending a session", () => {
  test("signing out ends the session", async ({ page }) => {
    await page.goto("/sign-in");
    await signInWithDemo(page);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/);
    await expect(page.getByRole("status")).toContainText("You have signed out");
    const api = await page.request.get("/api/basins");
    expect(api.status()).toBe(401);
    expect(await api.json()).toEqual({ code: "authn", message: expect.any(String) });
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("a session cookie copied before sign-out is refused afterwards, by the API and by pages", async ({
    page,
    context,
    baseURL,
    browser,
  }) => {
    await page.goto("/sign-in");
    await signInWithDemo(page);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    const copied = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    if (!copied) throw new Error("expected a session cookie");
    // Used once before sign-out, so the server has the decoded cookie in its cache.
    expect((await page.request.get("/api/basins")).status()).toBe(200);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/);

    // Someone else replays the copy, in a browser of their own.
    const other = await browser.newContext({ baseURL });
    try {
      await other.addCookies([
        { name: copied.name, value: copied.value, url: baseURL, httpOnly: true, sameSite: "Lax" },
      ]);
      const api = await other.request.get("/api/basins");
      expect(api.status()).toBe(401);
      expect(await api.json()).toEqual({ code: "authn", message: expect.any(String) });
      const replay = await other.newPage();
      await replay.goto("/");
      await expect(replay).toHaveURL(/\/sign-in/);
    } finally {
      await other.close();
    }
  });

  test("when S2 stops accepting the session's token, the user is told and returns after signing in", async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    const { prod } = await backendBasins(request);
    await context.addCookies([
      {
        name: SESSION_COOKIE,
        value: await sessionCookieForToken("revoked-after-sign-in"),
        url: baseURL,
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
    await page.goto(`/basins/${prod}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fbasins%2F${prod}&reason=expired$`));
    await expect(page.getByRole("status")).toContainText("Your session has ended");
    expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
    await signInWithDemo(page);
    await expect(page).toHaveURL(new RegExp(`/basins/${prod}$`));
    await expect(page.locator('section[data-set="storage"]').getByTestId("stat-gauge-total")).toBeVisible();
  });
});

test.describe("responses", () => {
  test("carry the security headers, and the session cookie is HttpOnly and SameSite=Lax", async ({
    page,
    context,
  }) => {
    const response = await page.goto("/sign-in");
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const api = await page.request.get("/api/metrics?set=active-basins&start=0&end=1");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

    await signInWithDemo(page);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  });
});
