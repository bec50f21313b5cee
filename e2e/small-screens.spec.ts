import { expect, type Page, test } from "@playwright/test";
import { signInWithDemo } from "./helpers/auth";
import { mintForPortal, PORTAL_ORIGIN } from "./helpers/portal";
import { panel } from "./helpers/views";

/**
 * At 375 px: no view scrolls sideways, the pickers fold into one "Range & options" sheet beside Share,
 * a set with many stat cards shows its total and top three with "+N more", and each chart starts
 * within one screen of its panel's title.
 */

test.use({ viewport: { width: 375, height: 812 } });

const CARDS = '[data-testid="stat-accumulation-total"], [data-testid="stat-accumulation-grand-total"]';

async function expectNoHorizontalOverflow(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} overflows by ${overflow} px`).toBeLessThanOrEqual(0);
}

async function signIn(page: Page) {
  await page.goto("/sign-in");
  await expectNoHorizontalOverflow(page, "sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
}

for (const scheme of ["light", "dark"] as const) {
  test(`no view overflows at 375 px (${scheme})`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page);
    const views: [string, string][] = [
      ["account", "/"],
      ["basin", "/basins/prod-events"],
      ["stream", "/basins/prod-events/streams/orders%2Feu-west"],
      ["embeds page", "/embeds"],
      ["not found", "/no/such/page"],
    ];
    for (const [what, path] of views) {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
      const charts = page.locator("section[data-set] .chart-frame");
      if ((await charts.count()) > 0) await expect(charts.first()).toBeVisible();
      await expectNoHorizontalOverflow(page, what);
    }
    const minted = await mintForPortal(request, {
      target: { level: "basin", basin: "prod-events" },
      range: { kind: "relative", seconds: 86_400 },
      rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 },
      parent: PORTAL_ORIGIN,
    });
    await page.goto(minted.url);
    await expect(page.locator("section[data-set]").first()).toBeVisible();
    await expectNoHorizontalOverflow(page, "an embedded view");
  });
}

test("the pickers sit in one sheet, Share beside the title", async ({ page }) => {
  await signIn(page);
  await page.goto("/basins/prod-events");
  const toggle = page.getByRole("button", { name: "Range & options" });
  const share = page.getByRole("button", { name: "Share" });
  await expect(toggle).toBeVisible();
  await expect(page.getByTestId("view-controls")).toBeHidden();
  // Share on the title's row; the closed sheet is one row (its button) between the title and the window line.
  const [heading, button, shareBox, shown] = await Promise.all([
    page.getByRole("heading", { level: 1 }).boundingBox(),
    toggle.boundingBox(),
    share.boundingBox(),
    page.getByTestId("shown-window").boundingBox(),
  ]);
  expect(Math.abs((shareBox?.y ?? 0) - (heading?.y ?? 100))).toBeLessThan(8);
  expect((shown?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0))).toBeLessThan(12);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("view-controls")).toBeVisible();
  await expectNoHorizontalOverflow(page, "the open sheet");
  await toggle.click();
  await expect(page.getByTestId("view-controls")).toBeHidden();
});

test("account operations shows its total and top three cards, then its chart", async ({ page }) => {
  await signIn(page);
  await page.goto("/?range=7d");
  const ops = panel(page, "account-ops");
  await ops.scrollIntoViewIfNeeded();
  const more = ops.getByTestId("stat-cards-more");
  await expect(more).toBeVisible();
  await expect(more).toHaveText(/^\+\d+ more/);
  await expect(ops.getByTestId("stat-accumulation-grand-total")).toBeVisible();
  const shown = await ops.locator(CARDS).filter({ visible: true }).count();
  expect(shown).toBe(4);

  const top = async (selector: string) =>
    ops
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const chartTop = await top(".chart-frame");
  const titleTop = await top("h2");
  expect(chartTop - titleTop, "the chart starts within a screen of its title").toBeLessThan(812);

  await more.click();
  await expect(more).toHaveCount(0);
  expect(await ops.locator(CARDS).filter({ visible: true }).count()).toBeGreaterThan(4);
});

test("every chart of the basin view starts within one screen of its title", async ({ page }) => {
  await signIn(page);
  await page.goto("/basins/prod-events");
  const sections = page.locator("section[data-set]");
  await expect(sections.first()).toBeVisible();
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    const frame = section.locator(".chart-frame").first();
    if ((await frame.count()) === 0) continue;
    const gap = await section.evaluate((el) => {
      const title = el.querySelector("h2")?.getBoundingClientRect().top ?? 0;
      const chart = el.querySelector(".chart-frame")?.getBoundingClientRect().top ?? 0;
      return chart - title;
    });
    expect(gap, `${await section.getAttribute("data-set")}`).toBeLessThan(812);
  }
});
