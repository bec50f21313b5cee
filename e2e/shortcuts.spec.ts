import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "./helpers/auth";
import { mintForPortal, PORTAL_ORIGIN } from "./helpers/portal";
import { chartDrawn, metricsResponse, panel, urlParams } from "./helpers/views";

/**
 * Issue 14, keyboard shortcuts: each key does its action in the real browser ([ ] and Shift+arrows move
 * the range by its length, - and z zoom out, r refetches, t opens the range picker, / focuses the name
 * filter, c toggles compare, ? lists them in an accessible dialog), and none fires while typing in a
 * field or with a modifier.
 */

const HOUR = 3_600;

test.beforeEach(async ({ page }) => {
  test.slow();
  await signInAsDemo(page);
});

const range = (page: Page) => [Number(urlParams(page).get("from")), Number(urlParams(page).get("to"))];

/** A fixed six-hour window two days ago, on whole hours, by hour: every step is exact. */
function fixedWindow() {
  const a = Math.floor(Date.now() / 1000 / HOUR) * HOUR - 48 * HOUR;
  return { a, b: a + 6 * HOUR, url: `/basins/prod-events?from=${a}&to=${a + 6 * HOUR}&interval=hour&tz=utc` };
}

async function ready(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await chartDrawn(panel(page, "append-ops"));
}

test("[ ] and Shift+arrows move the range by its length; - and z zoom out", async ({ page }) => {
  const { a, b, url } = fixedWindow();
  await page.goto(url);
  await ready(page);
  await page.keyboard.press("[");
  await expect.poll(() => range(page)).toEqual([a - 6 * HOUR, a]);
  await page.keyboard.press("]");
  await expect.poll(() => range(page)).toEqual([a, b]);
  await page.keyboard.press("Shift+ArrowLeft");
  await expect.poll(() => range(page)).toEqual([a - 6 * HOUR, a]);
  await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => range(page)).toEqual([a, b]);
  await page.keyboard.press("-");
  await expect.poll(() => range(page)).toEqual([a - 3 * HOUR, b + 3 * HOUR]);
  await page.keyboard.press("z");
  await expect.poll(() => range(page)).toEqual([a - 9 * HOUR, b + 9 * HOUR]);
  // Back undoes a shortcut like any other navigation.
  await page.goBack();
  await expect.poll(() => range(page)).toEqual([a - 3 * HOUR, b + 3 * HOUR]);
});

test("a live range steps back into the past and forward to live again", async ({ page }) => {
  await page.goto("/basins/prod-events?range=24h&tz=utc");
  await ready(page);
  await page.keyboard.press("[");
  await expect(page).toHaveURL(/from=\d+&to=\d+/);
  await page.keyboard.press("]");
  await expect.poll(() => urlParams(page).get("to")).toBe("now");
  expect(urlParams(page).get("from")).toMatch(/^now-\d+[mhd]$/);
});

test("r refetches, c toggles compare, t opens the range picker, / focuses the name filter", async ({
  page,
}) => {
  const { url } = fixedWindow();
  await page.goto(url);
  await ready(page);

  const refetched = metricsResponse(page, "/prod-events", "append-ops");
  await page.keyboard.press("r");
  await refetched;

  await page.keyboard.press("c");
  await expect(page).toHaveURL(/compare=1/);
  await expect(page.getByRole("button", { name: /^Compare/ })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("c");
  await expect(page).not.toHaveURL(/compare=1/);

  await page.keyboard.press("t");
  await expect(page.getByRole("dialog", { name: "Choose a time range" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Time range:/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Choose a time range" })).toBeHidden();

  await page.keyboard.press("/");
  const filter = page.locator('[data-shortcut-target="name-filter"]');
  await expect(filter).toBeFocused();
  // "/" focused the field without being typed into it.
  await expect(filter).toHaveValue("");
});

test("no shortcut fires while typing in a field or with a modifier key", async ({ page }) => {
  const { a, b, url } = fixedWindow();
  await page.goto(url);
  await ready(page);

  await page.keyboard.press("/");
  const filter = page.locator('[data-shortcut-target="name-filter"]');
  await expect(filter).toBeFocused();
  await page.keyboard.type("c[]z-rt");
  await expect(filter).toHaveValue("c[]z-rt");
  await filter.blur();

  await page.getByRole("button", { name: /^Time range:/ }).click();
  const from = page
    .getByRole("dialog", { name: "Choose a time range" })
    .getByRole("textbox", { name: "From" });
  await from.fill("");
  await from.pressSequentially("[c?");
  await expect(from).toHaveValue("[c?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await page.keyboard.press("Escape");

  await page.keyboard.press("Alt+c");
  await page.keyboard.press("Control+[");
  // Give a wrongly fired shortcut time to navigate before looking.
  await page.waitForTimeout(500);
  expect(range(page)).toEqual([a, b]);
  expect(urlParams(page).get("compare")).toBeNull();
});

test("? lists the shortcuts in a modal dialog that keeps focus and closes on Escape", async ({ page }) => {
  const { url } = fixedWindow();
  await page.goto(url);
  await ready(page);
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const text of [
    "Move the range back by its length",
    "Zoom out",
    "Refresh the data",
    "Filter by name",
  ]) {
    await expect(dialog).toContainText(text);
  }
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
  }
  // Keys other than Escape do nothing behind the open dialog.
  await page.keyboard.press("c");
  expect(urlParams(page).get("compare")).toBeNull();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("inside an embed: range keys where the token allows changes, ? everywhere", async ({
  page,
  request,
}) => {
  const chart = (allowed: boolean) => ({
    target: { level: "basin" as const, basin: "prod-events" },
    chart: "append-ops" as const,
    range: { kind: "relative" as const, seconds: 86_400 },
    parent: PORTAL_ORIGIN,
    ...(allowed ? { rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 } } : {}),
  });
  const changeable = await mintForPortal(request, chart(true));
  await page.goto(changeable.url);
  await chartDrawn(page);
  await page.keyboard.press("[");
  await expect.poll(() => urlParams(page).get("from")).toMatch(/^\d+$/);
  const [from = 0, to = 0] = range(page);
  expect(to - from).toBeGreaterThanOrEqual(86_400);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");

  const locked = await mintForPortal(request, chart(false));
  await page.goto(locked.url);
  await chartDrawn(page);
  await page.keyboard.press("[");
  await page.keyboard.press("z");
  await page.waitForTimeout(500);
  expect(urlParams(page).get("from")).toBeNull();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
});
