import { expect, type Page, test } from "@playwright/test";
import { signInWithDemo } from "./helpers/auth";

/**
 * Issue 14's empty and missing states against the real embedded backend: an idle basin shows one compact
 * card (with when it was last active) instead of empty charts; a missing basin or stream keeps the
 * frame, names what is missing where, links to the parent and suggests the close real name.
 */

test.beforeEach(async ({ page }) => {
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
});

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("an idle basin shows one compact card with when it was last active, and the charts on request", async ({
  page,
}) => {
  // legacy-batch's streams were deleted on 15 Oct 2026 (lib/local-s2/workload/README.md).
  await page.goto("/basins/legacy-batch?range=24h");
  const card = page.getByTestId("no-activity");
  await expect(card).toContainText("No activity in this range");
  await expect(card).toContainText("last seen 15 Oct 2026");
  await expect(page.locator("section[data-set]")).toHaveCount(0);
  const box = await card.boundingBox();
  expect(box?.height ?? 0).toBeLessThan(120);
  await card.getByRole("button", { name: "Show the empty charts" }).click();
  await expect(page.locator('section[data-set="append-ops"]')).toBeVisible();
});

test("a basin that never had activity says so; an active basin keeps its charts", async ({ page }) => {
  await page.goto("/basins/archive-cold?range=24h");
  await expect(page.getByTestId("no-activity")).toContainText("no activity in the 365 days before");
  await page.goto("/basins/prod-events?range=24h");
  await expect(page.locator('section[data-set="append-ops"] rect[data-bucket]').first()).toBeVisible();
  await expect(page.getByTestId("no-activity")).toHaveCount(0);
});

test("a missing basin keeps the breadcrumbs and name, says so, links to the account and suggests the real name", async ({
  page,
}) => {
  expect((await page.goto("/basins/prod-evnts"))?.status(), "a missing basin answers 404").toBe(404);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(crumbs).toContainText("prod-evnts");
  await expect(page.getByRole("heading", { level: 1, name: "prod-evnts" })).toBeVisible();
  const card = page.getByTestId("not-found");
  await expect(card).toContainText("No basin named prod-evnts in this account.");
  await expect(card.getByRole("link", { name: "Back to the account's basins" })).toHaveAttribute("href", "/");
  await card.getByRole("link", { name: "prod-events", exact: true }).click();
  await expect(page).toHaveURL(/\/basins\/prod-events$/);
  await expect(page.getByRole("heading", { level: 1, name: "prod-events" })).toBeVisible();
});

test("a missing stream names the stream and its basin, links to the basin and suggests the real stream", async ({
  page,
}) => {
  const answer = await page.goto(`/basins/prod-events/streams/${encodeURIComponent("orders/eu-wset")}`);
  expect(answer?.status(), "a missing stream answers 404").toBe(404);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "prod-events" })).toHaveAttribute(
    "href",
    "/basins/prod-events",
  );
  await expect(page.getByRole("heading", { level: 1, name: "orders/eu-wset" })).toBeVisible();
  const card = page.getByTestId("not-found");
  await expect(card).toContainText("No stream named orders/eu-wset in basin prod-events.");
  await expect(card.getByRole("link", { name: "Back to basin prod-events" })).toHaveAttribute(
    "href",
    "/basins/prod-events",
  );
  await card.getByRole("link", { name: "orders/eu-west" }).click();
  await expect(page).toHaveURL(/\/basins\/prod-events\/streams\/orders%2Feu-west$/);
  await expect(page.getByRole("heading", { level: 1, name: "orders/eu-west" })).toBeVisible();
});

test("a typo of a device among the 2,000 of fleet-sensors is suggested", async ({ page }) => {
  expect((await page.goto("/basins/fleet-sensors/streams/devise-1999"))?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText(
    "No stream named devise-1999 in basin fleet-sensors.",
  );
  await expect(page.getByTestId("not-found").getByRole("link", { name: "device-1999" })).toBeVisible();
});

test("the empty and missing states fit 375 px in light and dark (screenshots)", async ({ page }, info) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/basins/legacy-batch?range=24h");
    await expect(page.getByTestId("no-activity")).toContainText("last seen");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`idle-375-${scheme}.png`), fullPage: true });
    await page.goto(`/basins/prod-events/streams/${encodeURIComponent("orders/eu-wset")}`);
    await expect(page.getByTestId("not-found")).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`missing-375-${scheme}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/basins/legacy-batch?range=24h");
    await expect(page.getByTestId("no-activity")).toContainText("last seen");
    await page.screenshot({ path: info.outputPath(`idle-1280-${scheme}.png`) });
    await page.goto("/basins/prod-evnts");
    await expect(page.getByTestId("not-found")).toBeVisible();
    await page.screenshot({ path: info.outputPath(`missing-basin-1280-${scheme}.png`) });
  }
});
