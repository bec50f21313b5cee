import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signInWithDemo } from "./helpers/auth";
import { mintForPortal, PORTAL_ORIGIN } from "./helpers/portal";

/**
 * axe-core on every view, light and dark, with its charts drawn and the Share menu open: no serious or
 * critical finding. Findings are listed by rule and element so a failure says what to fix.
 */

async function expectNoSeriousFindings(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, what).toEqual([]);
}

/** Waits for the panels near the top to draw (a chart, or a panel's settled state). */
async function settle(page: Page) {
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator("section[data-set][aria-busy='true']")).toHaveCount(0, { timeout: 20_000 });
}

for (const scheme of ["light", "dark"] as const) {
  test(`every view passes axe in ${scheme} mode`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Use the demo token" })).toBeVisible();
    await expectNoSeriousFindings(page, `sign-in (${scheme})`);
    await signInWithDemo(page);
    await expect(page).toHaveURL(/\/$/);

    for (const [what, path] of [
      ["account", "/"],
      ["basin", "/basins/prod-events"],
      ["stream", "/basins/prod-events/streams/orders%2Feu-west"],
      ["embeds page", "/embeds"],
      ["not found", "/no/such/page"],
    ] as const) {
      await page.goto(path);
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(
        scheme === "dark",
      );
      await expectNoSeriousFindings(page, `${what} (${scheme})`);
    }

    await page.goto("/basins/prod-events");
    await settle(page);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByRole("menu", { name: "Share" })).toBeVisible();
    await expectNoSeriousFindings(page, `Share menu (${scheme})`);

    const minted = await mintForPortal(request, {
      target: { level: "basin", basin: "prod-events" },
      range: { kind: "relative", seconds: 86_400 },
      rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 },
      theme: scheme,
      parent: PORTAL_ORIGIN,
    });
    await page.goto(minted.url);
    await settle(page);
    await expectNoSeriousFindings(page, `embedded view (${scheme})`);
  });
}
