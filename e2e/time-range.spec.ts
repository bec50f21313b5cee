import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "./helpers/auth";
import { CHART_DRAWN, chartDrawn, metricsQuery, panel, urlParams } from "./helpers/views";

/**
 * Issues 12 and 14, moving through time: ranges up to 13 months (a 90-day view draws; this month and
 * last month are calendar months in the view's zone; typed dates use the app's format), the interval
 * picker says what the chart draws, and a zone chosen from the searchable list survives reload and
 * Copy link.
 */

const HOUR = 3_600;
const DAY = 86_400;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

test.beforeEach(async ({ page }) => {
  test.slow();
  await signInAsDemo(page);
});

const rangeButton = (page: Page) => page.getByRole("button", { name: /^Time range:/ });

async function openRangePicker(page: Page) {
  await rangeButton(page).click();
  const picker = page.getByRole("dialog", { name: "Choose a time range" });
  await expect(picker).toBeVisible();
  return picker;
}

/** "3 Mar 2025 00:00" for a UTC midnight, the app's format. */
function utcDateText(t: number): string {
  const d = new Date(t * 1000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 00:00`;
}

test("a 90-day view draws, chosen from the quick ranges, fetched in 30-day windows", async ({ page }) => {
  await page.goto("/basins/prod-events?tz=utc");
  const picker = await openRangePicker(page);
  await expect(picker.getByRole("button", { name: "Last 90 days" })).toHaveAttribute(
    "title",
    /^Daily data · 9\d buckets per series · fetched in [34] windows of ≤ 30 days$/,
  );
  const answer = appendOpsWhere(page, (q) => q.end - q.start > 31 * DAY);
  await picker.getByRole("button", { name: "Last 90 days" }).click();
  await expect(page).toHaveURL(/range=90d/);
  await expect(rangeButton(page)).toContainText("Last 90 days");
  const q = metricsQuery(await answer);
  expect(q.end - q.start).toBeGreaterThanOrEqual(90 * DAY);
  expect(q.end - q.start).toBeLessThan(91 * DAY);
  await chartDrawn(panel(page, "append-ops"));
  await expect(page.getByTestId("range-clamped")).toHaveCount(0);
  await expect(page.getByTestId("interval-drawn")).toHaveText("Auto: Daily data, one bar per day");
});

/**
 * The next append-ops answer for prod-events whose request passes `check`: the view first asks for
 * its default window, so a bare "next request" could be that one. Times out if none is asked for.
 */
function appendOpsWhere(page: Page, check: (q: ReturnType<typeof metricsQuery>) => boolean) {
  return page.waitForResponse((r) => {
    const url = new URL(r.url());
    return (
      url.pathname === "/api/metrics/prod-events" &&
      url.searchParams.get("set") === "append-ops" &&
      r.ok() &&
      check(metricsQuery(r))
    );
  });
}

const monthRequest = (page: Page, start: number) => appendOpsWhere(page, (q) => q.start === start);

test("this month and last month are calendar months in the view's zone", async ({ page }) => {
  // Tokyo has no daylight saving: its months begin at 15:00 UTC the day before.
  const tokyoNow = new Date(Date.now() + 9 * HOUR * 1000);
  const [y, m] = [tokyoNow.getUTCFullYear(), tokyoNow.getUTCMonth()];
  const thisMonth = Date.UTC(y, m, 1) / 1000 - 9 * HOUR;
  const lastMonth = Date.UTC(y, m - 1, 1) / 1000 - 9 * HOUR;

  await page.goto("/basins/prod-events?tz=Asia%2FTokyo&interval=hour");
  // The first view (the last 24 hours) asks for its own window first; wait for the month's request.
  let answer = monthRequest(page, thisMonth);
  await (await openRangePicker(page)).getByRole("button", { name: "This month" }).click();
  await expect(page).toHaveURL(/range=this-month/);
  await expect(rangeButton(page)).toContainText("This month");
  let q = metricsQuery(await answer);
  expect(q.start).toBe(thisMonth);
  expect(Math.abs(q.end - Date.now() / 1000)).toBeLessThan(10 * 60);

  answer = monthRequest(page, lastMonth);
  await (await openRangePicker(page)).getByRole("button", { name: "Last month" }).click();
  await expect(page).toHaveURL(/range=last-month/);
  q = metricsQuery(await answer);
  expect([q.start, q.end]).toEqual([lastMonth, thisMonth]);
  await chartDrawn(panel(page, "append-ops"));
});

test("dates are typed in the app's format, up to 13 months, and longer links clamp", async ({ page }) => {
  const today = Math.floor(Date.now() / 1000 / DAY) * DAY;
  await page.goto("/basins/prod-events?tz=utc");
  const picker = await openRangePicker(page);
  const start = picker.getByRole("textbox", { name: "Start" });
  const end = picker.getByRole("textbox", { name: "End" });
  // Seeded with the current range in the app's own format, not mm/dd/yyyy.
  await expect(start).toHaveValue(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/);

  await start.fill(utcDateText(today - 400 * DAY));
  await end.fill(utcDateText(today));
  await picker.getByRole("button", { name: "Apply" }).nth(1).click();
  await expect(picker.getByRole("alert").nth(1)).toContainText("at most 396 days (13 months)");

  await start.fill(utcDateText(today - 100 * DAY));
  await expect(picker.getByTestId("fetch-note-absolute")).toHaveText(
    /^Daily data · 100 buckets per series · fetched in [45] windows of ≤ 30 days$/,
  );
  await picker.getByRole("button", { name: "Apply" }).nth(1).click();
  await expect(page).toHaveURL(new RegExp(`from=${today - 100 * DAY}&to=${today}`));
  await expect(page.getByTestId("range-clamped")).toHaveCount(0);

  await page.goto("/basins/prod-events?from=now-500d&to=now&tz=utc");
  await expect(page.getByTestId("range-clamped")).toContainText("13 months (396 days)");
});

test("the interval picker says what the chart draws and disables choices that change nothing", async ({
  page,
}) => {
  await page.goto("/basins/prod-events?range=30d&tz=utc");
  const drawn = page.getByTestId("interval-drawn");
  await expect(drawn).toHaveText("Auto: Daily data, one bar per day");
  const minute = page.getByRole("radio", { name: "Minute" });
  await expect(minute).toBeDisabled();
  await expect(minute).toHaveAttribute("aria-description", /^Minute draws the same \d+-hour bars as Hour$/);
  await page.locator("label", { has: page.getByRole("radio", { name: "Hour" }) }).click();
  await expect(page).toHaveURL(/interval=hour/);
  await expect(drawn).toHaveText(/^Hourly data drawn as \d+-hour bars$/);
  // The words name the bars the chart actually draws.
  const hours = Number((await drawn.textContent())?.match(/(\d+)-hour/)?.[1]);
  const bar = panel(page, "append-ops").locator('rect[data-bucket]:not([data-partial="true"])').nth(3);
  await expect(bar).toBeVisible(CHART_DRAWN);
  // The day bars stay on screen until the hourly answer arrives: read the bars once they changed.
  const width = async () =>
    Number(await bar.getAttribute("data-bucket-end")) - Number(await bar.getAttribute("data-bucket"));
  await expect.poll(width).toBe(hours * HOUR);

  await page.goto("/basins/prod-events?range=6h&tz=utc");
  await expect(drawn).toHaveText(/^Auto: Minute data(, one bar per minute| drawn as \d+-minute bars)$/);
  await expect(page.getByRole("radio", { name: "Minute" })).toBeEnabled();
});

test("a zone chosen from the list survives reload and Copy link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/basins/prod-events?range=24h");
  await page.getByRole("button", { name: /^Time zone:/ }).click();
  const search = page.getByRole("combobox", { name: "Search time zones" });
  await expect(search).toBeFocused();
  await search.fill("tokyo");
  await expect(page.getByRole("option").first()).toContainText("Asia/Tokyo");
  await search.press("Enter");
  await expect(page).toHaveURL(/tz=Asia%2FTokyo/);
  await expect(page.getByRole("button", { name: /^Time zone:/ })).toHaveText(/Asia\/Tokyo/);
  await expect(page.getByTestId("data-as-of")).toHaveText(/^Data as of \d{2}:\d{2} \(Asia\/Tokyo\)$/);

  await page.reload();
  await expect(page.getByRole("button", { name: /^Time zone:/ })).toHaveText(/Asia\/Tokyo/);
  // Times are printed on Tokyo's clock: the shown window's start is a Tokyo wall time.
  const shown = await page.getByTestId("shown-window").textContent();
  const q = await page.evaluate(() => Date.now());
  const tokyoHour = new Date(q + 9 * HOUR * 1000 - DAY * 1000).getUTCHours();
  expect(shown).toContain(`${String(tokyoHour).padStart(2, "0")}:00`);

  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("menuitem", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get("tz")).toBe("Asia/Tokyo");
  await page.goto(link);
  await expect(page.getByRole("button", { name: /^Time zone:/ })).toHaveText(/Asia\/Tokyo/);
  expect(urlParams(page).get("from")).toMatch(/^\d+$/);
});
