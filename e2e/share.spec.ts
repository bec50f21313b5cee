import { expect, type Page, test } from "@playwright/test";
import { DEMO_TOKEN, signInWithDemo, signInWithToken } from "./helpers/auth";
import { type IsolatedStack, startIsolatedStack } from "./helpers/isolated-stack";
import { panel } from "./helpers/views";

/**
 * Share is a menu: Copy link (the pinned window) on every view, and "Embed this view…" only where the
 * server is configured to be embedded (EMBED_ALLOWED_ORIGINS). The shared e2e stack has embedding on; an
 * isolated stack without the variable has it off, where no control may lead to a form that cannot work.
 */

const BASIN = "prod-events";

async function openShare(page: Page) {
  await page.getByRole("button", { name: "Share" }).click();
  const menu = page.getByRole("menu", { name: "Share" });
  await expect(menu).toBeVisible();
  return menu;
}

test("with embedding on: Copy link and Embed in the menu, an embed action on each chart", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/basins/${BASIN}?range=6h&interval=minute`);
  await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible();

  const menu = await openShare(page);
  await expect(menu.getByRole("menuitem")).toHaveText(["Copy link", "Embed this view…"]);
  // The keyboard moves through the items and Escape gives focus back to the button.
  await expect(menu.getByRole("menuitem", { name: "Copy link" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Embed this view…" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(page.getByRole("button", { name: "Share" })).toBeFocused();

  await (await openShare(page)).getByRole("menuitem", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied", { exact: true })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/basins/${BASIN}\\?.*from=\\d+&to=\\d+`));

  await (await openShare(page)).getByRole("menuitem", { name: "Embed this view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Create embed code" })).toBeEnabled();
  await expect(dialog.getByTestId("embed-not-configured")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).click();

  await expect(page.getByRole("button", { name: /^Embed / })).toHaveCount(
    await page.locator("section[data-set]").count(),
  );
});

test.describe("with embedding off", () => {
  let stack: IsolatedStack;
  test.beforeAll(async () => {
    stack = await startIsolatedStack({ requestTimeoutMs: 10_000 });
  });
  test.afterAll(async () => {
    await stack?.close();
  });

  test("Share offers Copy link only, and no chart offers to embed", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: stack.appUrl });
    await page.goto(`${stack.appUrl}/sign-in`);
    await signInWithToken(page, DEMO_TOKEN);
    await expect(page).toHaveURL(`${stack.appUrl}/`);
    await page.goto(`${stack.appUrl}/basins/${BASIN}?range=6h`);
    await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible();

    const menu = await openShare(page);
    await expect(menu.getByRole("menuitem")).toHaveText(["Copy link"]);
    await expect(page.getByRole("button", { name: /^Embed / })).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await menu.getByRole("menuitem", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied", { exact: true })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${stack.appUrl}/basins/${BASIN}?`)).toBe(true);
    expect(link).toMatch(/from=\d+&to=\d+/);

    // No view anywhere leads to the disabled embed form.
    for (const path of ["/", "/basins/prod-events/streams/orders%2Feu-west"]) {
      await page.goto(`${stack.appUrl}${path}`);
      await (await openShare(page)).getByRole("menuitem", { name: "Copy link" }).waitFor();
      await expect(page.getByRole("menuitem", { name: /Embed/ })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Embed / })).toHaveCount(0);
      await page.keyboard.press("Escape");
    }
  });
});
