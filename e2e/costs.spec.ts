import { readFileSync } from "node:fs";
import path from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { priceListSchema } from "@/lib/pricing/price-list";
import { type AppServer, startAppServer } from "./helpers/app-server";
import { DEMO_TOKEN, S2_URL, SESSION_COOKIE, sessionCookieForToken } from "./helpers/auth";
import { panel } from "./helpers/views";

/**
 * Cost estimates (issue 13). The shared stack has no price list: there, no cost appears anywhere. For the
 * priced run this spec starts a dashboard of its own (the same production build, `next start`) whose
 * environment names the shipped example price list, against the shared embedded backend.
 */

const BASIN = "prod-events";
const EXAMPLE_PRICES = path.resolve("lib/pricing/prices.example.json");
const prices = priceListSchema.parse(JSON.parse(readFileSync(EXAMPLE_PRICES, "utf8")));
const GIB = 2 ** 30;

async function signedIn(context: BrowserContext, url: string): Promise<void> {
  await context.addCookies([{ name: SESSION_COOKIE, value: await sessionCookieForToken(DEMO_TOKEN), url }]);
}

/** Every set's panel on the basin view has loaded (its stat cards are drawn). */
async function basinLoaded(page: Page): Promise<void> {
  for (const set of [
    "storage",
    "append-ops",
    "read-ops",
    "append-throughput",
    "read-throughput",
    "basin-ops",
  ]) {
    await expect(panel(page, set).locator('[data-testid^="stat-"]').first()).toBeVisible();
  }
}

test.describe("with a price list", () => {
  test.describe.configure({ mode: "serial" });
  let app: AppServer | undefined;
  let appUrl = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    app = await startAppServer(
      (url) => ({
        S2_BASIN_ENDPOINT: S2_URL,
        AUTH_URL: url,
        NEXTAUTH_URL: url,
        S2_PRICES_FILE: EXAMPLE_PRICES,
      }),
      { timeoutMs: 90_000, name: "priced dashboard" },
    );
    appUrl = app.url;
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test("every stat card of a priced set shows an estimate, labelled as such", async ({ page, context }) => {
    await signedIn(context, appUrl);
    await page.goto(`${appUrl}/basins/${BASIN}`);
    await basinLoaded(page);

    // Storage: the time-weighted total costs its GiB-months at the example's default storage price.
    const total = panel(page, "storage").getByTestId("stat-gauge-total");
    const estimate = total.getByTestId("cost-estimate");
    await expect(estimate).toHaveText(/^≈ (\$[\d,.]+|< \$0\.01) est\.$/);
    await expect(estimate).toHaveAttribute("title", /Estimated .*S2's own billing is authoritative/);
    const byteHours = Number(await total.getAttribute("data-value"));
    const gibMonths = byteHours / GIB / 730;
    const price = prices.storagePerGiBMonth?.default ?? Number.NaN;
    expect(Number(await estimate.getAttribute("data-amount"))).toBeCloseTo(gibMonths * price, 9);
    await expect(total.getByTestId("stat-gib-months")).toHaveText(/GiB-months?$/);
    // Latest and peak readings are priced per month at that level.
    await expect(
      panel(page, "storage").getByTestId("stat-gauge-latest").getByTestId("cost-estimate"),
    ).toHaveText(/\/month est\.$/);

    // Operations and bytes: every total card (each series and the grand total) carries an estimate.
    for (const set of ["append-ops", "read-ops", "append-throughput", "read-throughput"]) {
      const cards = panel(page, set).locator(
        '[data-testid="stat-accumulation-total"], [data-testid="stat-accumulation-grand-total"]',
      );
      const count = await cards.count();
      expect(count, set).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        await expect(cards.nth(i).getByTestId("cost-estimate"), `${set} card ${i}`).toHaveText(
          /^≈ .+ est\.$/,
        );
      }
    }
    // Bytes read, by hand: the card's bytes at the example's price per GiB.
    const read = panel(page, "read-throughput").getByTestId("stat-accumulation-total").first();
    const readBytes = Number(await read.getAttribute("data-value"));
    expect(Number(await read.getByTestId("cost-estimate").getAttribute("data-amount"))).toBeCloseTo(
      (readBytes / GIB) * (prices.readPerGiB ?? Number.NaN),
      9,
    );
    // Operations by type are not a billed dimension: no estimate there.
    await expect(panel(page, "basin-ops").getByTestId("cost-estimate")).toHaveCount(0);
  });

  test("the basins and streams tables and the account summary show estimates", async ({ page, context }) => {
    await signedIn(context, appUrl);
    await page.goto(`${appUrl}/`);
    // The tables' bodies carry the test ids.
    await expect(
      page.getByRole("table", { name: /^Basins/ }).getByRole("columnheader", { name: "Est. cost" }),
    ).toBeVisible();
    await expect(
      page.getByTestId("basin-list").locator("tr").first().getByTestId("cost-estimate"),
    ).toHaveText(/^≈ .+ est\.$/);
    const storageSummary = page.getByTestId("account-summary").getByTestId("summary-storageByteHours");
    await expect(storageSummary.getByTestId("cost-estimate")).toHaveText(/^≈ .+ est\.$/);
    await expect(storageSummary.getByTestId("stat-gib-months")).toHaveText(/GiB-months?$/);

    await page.goto(`${appUrl}/basins/${BASIN}`);
    await expect(page.getByRole("columnheader", { name: "Est. cost" })).toBeVisible();
    await expect(
      page.getByTestId("stream-list").locator("tr").first().getByTestId("cost-estimate"),
    ).toHaveText(/^≈ .+ est\.$/);
  });

  test("the stream view prices its storage", async ({ page, context }) => {
    await signedIn(context, appUrl);
    await page.goto(`${appUrl}/basins/${BASIN}`);
    const first = page.getByTestId("stream-list").getByRole("link").first();
    await first.click();
    await expect(page).toHaveURL(/\/streams\//);
    await expect(
      panel(page, "storage").getByTestId("stat-gauge-total").getByTestId("cost-estimate"),
    ).toHaveText(/^≈ .+ est\.$/);
  });

  test("the account view shows this month so far and its projection, with the method", async ({
    page,
    context,
  }) => {
    await signedIn(context, appUrl);
    await page.goto(`${appUrl}/`);
    const month = page.getByTestId("month-costs");
    const monthName = new Intl.DateTimeFormat("en", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(Date.now());
    await expect(month.getByRole("heading")).toHaveText(`Estimated cost, ${monthName}`);
    await expect(month.getByTestId("month-to-date").getByTestId("cost-estimate")).toHaveText(/^≈ .+ est\.$/);
    await expect(month.getByTestId("month-projection").getByTestId("cost-estimate")).toHaveText(
      /^≈ .+ est\.$/,
    );
    const toDate = Number(
      await month.getByTestId("month-to-date").getByTestId("cost-estimate").getAttribute("data-amount"),
    );
    const projected = Number(
      await month.getByTestId("month-projection").getByTestId("cost-estimate").getAttribute("data-amount"),
    );
    // The rest of the month only adds: storage held, operations at a rate of zero or more.
    expect(projected).toBeGreaterThan(toDate);
    await expect(month.getByRole("table")).toContainText("Storage");
    await expect(month.getByTestId("month-method")).toContainText("UTC");
    await expect(month.getByTestId("month-method")).toContainText("last 7 whole days");
    await expect(month.getByTestId("month-method")).toContainText("held at its current level");
  });

  test.describe("at 375 px", () => {
    test.use({ viewport: { width: 375, height: 800 } });

    test("the costs fit the width, light and dark", async ({ page, context }, testInfo) => {
      await signedIn(context, appUrl);
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const url of [`${appUrl}/`, `${appUrl}/basins/${BASIN}`]) {
          await page.goto(url);
          await expect(page.getByTestId("cost-estimate").first()).toBeVisible();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${url} ${scheme}`).toBeLessThanOrEqual(0);
          await testInfo.attach(`${url.endsWith("/") ? "account" : "basin"}-375-${scheme}`, {
            body: await page.screenshot({ fullPage: true }),
            contentType: "image/png",
          });
        }
      }
    });
  });
});

test.describe("without a price list", () => {
  test("no cost appears anywhere, and the views work as before", async ({ page, context, baseURL }) => {
    await signedIn(context, baseURL ?? "");
    await page.goto(`/basins/${BASIN}`);
    await basinLoaded(page);
    await expect(panel(page, "storage").getByTestId("stat-gauge-total")).toHaveAttribute("data-value", /\d/);
    await expect(page.getByTestId("cost-estimate")).toHaveCount(0);
    await expect(page.getByTestId("stat-gib-months")).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("≈");

    await expect(page.getByTestId("stream-list").locator("tr").first()).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Est. cost" })).toHaveCount(0);

    await page.goto("/");
    await expect(panel(page, "account-ops").locator('[data-testid^="stat-"]').first()).toBeVisible();
    await expect(page.getByTestId("basin-list").locator("tr").first()).toBeVisible();
    await expect(page.getByTestId("account-summary").getByTestId("summary-storageByteHours")).toBeVisible();
    await expect(page.getByTestId("cost-estimate")).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: "Est. cost" })).toHaveCount(0);
    await expect(page.getByTestId("month-costs")).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("≈");
  });
});
