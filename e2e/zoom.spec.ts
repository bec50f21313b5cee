import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./helpers/auth";
import { CHART_DRAWN, chartDrawn, metricsQuery, metricsResponse, panel, urlParams } from "./helpers/views";

/**
 * Issue 14, "Moving through time": drag across a chart to zoom (the URL follows with absolute times and
 * Back undoes it), click a bar to zoom to its bucket (a finer interval follows), zoom out widens.
 */

const HOUR = 3_600;

test.beforeEach(async ({ page }) => {
  test.slow();
  await signInAsDemo(page);
});

test("dragging across a chart zooms to that span; Back restores the range", async ({ page }) => {
  await page.goto("/basins/prod-events?range=24h&tz=utc");
  const frame = panel(page, "append-ops").locator("[data-zoomable]");
  await chartDrawn(panel(page, "append-ops"));
  const box = await frame.boundingBox();
  if (box === null) throw new Error("the chart has no box");
  const y = box.y + box.height / 2;
  const answer = metricsResponse(page, "/prod-events", "append-ops");
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await expect(panel(page, "append-ops").getByTestId("zoom-selection")).toBeVisible();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
  await page.mouse.up();

  await expect(page).toHaveURL(/from=\d+&to=\d+/);
  const from = Number(urlParams(page).get("from"));
  const to = Number(urlParams(page).get("to"));
  // A quarter of the plot's width of a 24-hour axis: roughly six hours, on whole minutes.
  expect(to - from).toBeGreaterThan(4 * HOUR);
  expect(to - from).toBeLessThan(8 * HOUR);
  expect(from % 60).toBe(0);
  // The views ask for the zoomed window (finer data: minutes for a span of six hours or less).
  const q = metricsQuery(await answer);
  expect(q.end).toBe(to);

  await page.goBack();
  await expect(page).toHaveURL(/range=24h/);
  expect(urlParams(page).get("from")).toBeNull();
});

test("clicking a bar zooms to its bucket, at a finer interval", async ({ page }) => {
  await page.goto("/basins/prod-events?range=7d&interval=day&tz=utc");
  const bar = panel(page, "append-ops").locator('rect[data-bucket]:not([data-partial="true"])').nth(2);
  await expect(bar).toBeVisible(CHART_DRAWN);
  const bucket = Number(await bar.getAttribute("data-bucket"));
  const bucketEnd = Number(await bar.getAttribute("data-bucket-end"));
  const answer = metricsResponse(page, "/prod-events", "append-ops");
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`from=${bucket}&to=${bucketEnd}`));
  // One day at "day" would be a single bar: the interval falls back to auto, which asks by the hour.
  expect(urlParams(page).get("interval")).toBeNull();
  expect(metricsQuery(await answer).interval).toBe("hour");
});

test("zoom out doubles the range, keeping a live range live and never passing now", async ({ page }) => {
  await page.goto("/basins/prod-events?range=6h&tz=utc");
  const zoomOut = panel(page, "append-ops").getByRole("button", { name: "Zoom out to 12 h" });
  await zoomOut.click();
  await expect(page).toHaveURL(/from=now-12h&to=now/);

  // An absolute window widens around its centre.
  const end = Math.floor(Date.now() / 1000 / HOUR) * HOUR - 24 * HOUR;
  await page.goto(`/basins/prod-events?from=${end - 2 * HOUR}&to=${end}&tz=utc`);
  await panel(page, "append-ops").getByRole("button", { name: "Zoom out to 4 h" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${end - 3 * HOUR}&to=${end + HOUR}`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`from=${end - 2 * HOUR}&to=${end}`));
});
