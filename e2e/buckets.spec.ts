import { expect, test } from "@playwright/test";
import { formatDateTime } from "@/lib/format/time-labels";
import { listStreamsResponseSchema, metricSetResponseSchema } from "@/lib/s2/contract";
import { DEMO_TOKEN, S2_URL, signInWithDemo } from "./helpers/auth";
import { metricsQuery, metricsResponse, panel } from "./helpers/views";

/**
 * The numbers a user reads are whole: every bar is a whole bucket (the views ask S2 from a bucket
 * boundary), a link over 30 days is clamped and says so, day bars in a non-UTC zone say they are UTC
 * days, and a deleted stream says when it was deleted. Checked against the embedded backend itself.
 */

const HOUR = 3_600;
const DAY = 86_400;
/**
 * Charts are drawn one panel at a time in idle periods; on a loaded 2-core machine a month of bars can
 * take longer than the default 10 s to appear. A wait for the bars, never a timing assertion.
 */
const CHART_DRAWN = { timeout: 45_000 };

test.beforeEach(async ({ page }) => {
  test.slow(); // room for CHART_DRAWN on a loaded machine
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
});

/** Each series' total of one set over `[start, end)`, asked of the backend directly with the demo token. */
async function backendTotals(
  request: import("@playwright/test").APIRequestContext,
  path: string,
  set: string,
  start: number,
  end: number,
  interval: string,
): Promise<Map<string, number>> {
  const response = await request.get(
    `${S2_URL}/v1/metrics/${path}?set=${set}&start=${start}&end=${end}&interval=${interval}`,
    { headers: { authorization: `Bearer ${DEMO_TOKEN}` } },
  );
  const totals = new Map<string, number>();
  for (const metric of metricSetResponseSchema.parse(await response.json()).values) {
    if (!("accumulation" in metric)) continue;
    const { name, values } = metric.accumulation;
    totals.set(
      name,
      values.reduce((sum, [, v]) => sum + v, 0),
    );
  }
  return totals;
}

test("'Last 24 hours' by hour starts on the hour, and its first bar holds the whole hour", async ({
  page,
  request,
}) => {
  const answer = metricsResponse(page, "/prod-events", "append-ops");
  await page.goto("/basins/prod-events?range=24h&interval=hour&tz=utc");
  const q = metricsQuery(await answer);
  expect(q.interval).toBe("hour");
  expect(q.start % HOUR).toBe(0);
  expect(q.end - q.start).toBeGreaterThanOrEqual(DAY);
  // The header says which window is shown: from that hour until now.
  await expect(page.getByTestId("shown-window")).toHaveText(
    `Showing ${formatDateTime(q.start, "UTC")} – now`,
  );

  const firstBars = panel(page, "append-ops").locator(`rect[data-bucket="${q.start}"]`);
  await expect(firstBars.first()).toBeVisible(CHART_DRAWN);
  const shown = new Map<string, number>();
  for (const bar of await firstBars.all()) {
    shown.set(String(await bar.getAttribute("data-series")), Number(await bar.getAttribute("data-value")));
  }
  expect(await firstBars.first().getAttribute("data-bucket-end")).toBe(String(q.start + HOUR));

  // The same hour asked whole, from its boundary: every series' bar equals it.
  const whole = await backendTotals(request, "prod-events", "append-ops", q.start, q.start + HOUR, "hour");
  expect(whole.size).toBeGreaterThan(0);
  expect(shown).toEqual(whole);
});

test("a link over 13 months draws the 396 days ending at its end, and says so", async ({ page }) => {
  const answer = metricsResponse(page, "/prod-events", "append-ops");
  await page.goto("/basins/prod-events?from=now-500d&to=now&tz=utc");
  const notice = page.getByTestId("range-clamped");
  await expect(notice).toContainText("asks for 500 days");
  await expect(notice).toContainText("shows the 396 days ending");
  const q = metricsQuery(await answer);
  expect(q.interval).toBe("day");
  expect(q.start % DAY).toBe(0);
  expect(q.end - q.start).toBeLessThanOrEqual(396 * DAY);
  expect(q.end - q.start).toBeGreaterThan(395 * DAY);
  await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible(CHART_DRAWN);
  await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toHaveCount(0);
});

test("a link over 30 days is shown whole: the planner fetches it in windows of at most 30 days", async ({
  page,
}) => {
  const answer = metricsResponse(page, "/prod-events", "append-ops");
  await page.goto("/basins/prod-events?from=now-45d&to=now&tz=utc");
  const q = metricsQuery(await answer);
  expect(q.end - q.start).toBeGreaterThan(44 * DAY);
  await expect(page.getByTestId("range-clamped")).toHaveCount(0);
  await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible(CHART_DRAWN);
});

test("a deleted stream says when it was deleted", async ({ page, request }) => {
  const listing = await request.get(`${S2_URL}/v1/streams?prefix=legacy-webhooks`, {
    headers: { authorization: `Bearer ${DEMO_TOKEN}`, "s2-basin": "prod-events" },
  });
  const deleted = listStreamsResponseSchema
    .parse(await listing.json())
    .streams.find((s) => s.name === "legacy-webhooks")?.deleted_at;
  expect(deleted, "the demo workload deletes prod-events/legacy-webhooks").toBeTruthy();
  const deletedAt = Math.floor(Date.parse(String(deleted)) / 1000);

  await page.goto("/basins/prod-events/streams/legacy-webhooks?tz=utc");
  await expect(page.getByTestId("stream-deleted")).toContainText(
    `Deleted ${formatDateTime(deletedAt, "UTC")}`,
  );

  // A living stream has no such notice.
  await page.goto("/basins/prod-events/streams/audit-log?tz=utc");
  await expect(panel(page, "storage").getByTestId("stat-gauge-total")).toBeVisible();
  await expect(page.getByTestId("stream-deleted")).toHaveCount(0);
});

test.describe("in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("day bars say they are UTC days", async ({ page }) => {
    await page.goto("/basins/prod-events?range=30d&interval=day");
    const chart = panel(page, "append-ops");
    await expect(chart.locator("rect[data-bucket]").first()).toBeVisible(CHART_DRAWN);
    await expect(chart.getByText("Bars per day (UTC)")).toBeVisible();
  });
});
