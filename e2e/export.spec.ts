import { readFile } from "node:fs/promises";
import {
  type APIRequestContext,
  type Download,
  expect,
  type Locator,
  type Page,
  test,
} from "@playwright/test";
import { formatMetricValue } from "@/lib/format/by-unit";
import { parseCsvRecords } from "@/lib/testing/parse-csv";
import { signInAsDemo } from "./helpers/auth";
import { backendMetricSet } from "./helpers/backend";
import { CHART_DRAWN, chartDrawn, panel } from "./helpers/views";

/**
 * Export and the table view (issue 13) in the real browser against the real server and embedded
 * backend: each panel's menu downloads CSV and JSON that hold every bucket S2 reported (blank where it
 * reported none, 0 where it recorded zero) and the stat cards' totals; Copy as CSV puts the same file on
 * the clipboard; the table view shows the numbers the tooltips show; the whole basin streams as one file.
 */

const BASIN = "prod-events";
// One hour by minute in UTC, bucket totals (not rates): 60 bars, each readable in a tooltip.
const VIEW = `/basins/${BASIN}?range=1h&interval=minute&tz=utc&values=total`;

test.beforeEach(async ({ page }) => {
  test.slow();
  await signInAsDemo(page);
});

async function textOf(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, "utf8");
}

/** Opens an Export menu from the keyboard and picks an item, as a keyboard user would. */
async function chooseFromMenu(scope: Page | Locator, item: string, buttonName: RegExp | string = /^Export /) {
  const page = "page" in scope ? scope.page() : scope;
  const button = scope.getByRole("button", { name: buttonName });
  await button.focus();
  await page.keyboard.press("ArrowDown");
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  const items = await menu.getByRole("menuitem").allTextContents();
  for (let i = 0; i < items.indexOf(item); i++) await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: item })).toBeFocused();
  await page.keyboard.press("Enter");
}

/** S2's own answer for the window the CSV covers, asked of the backend directly. */
async function backendBuckets(
  request: APIRequestContext,
  set: string,
  start: number,
  end: number,
): Promise<Map<string, Map<number, number>>> {
  const answer = await backendMetricSet(request, BASIN, { set, start, end, interval: "minute" });
  const out = new Map<string, Map<number, number>>();
  for (const metric of answer.values) {
    if ("accumulation" in metric) out.set(metric.accumulation.name, new Map(metric.accumulation.values));
  }
  return out;
}

test("Download CSV and JSON from a panel: every bucket as S2 reported it, and the stat cards' totals", async ({
  page,
  request,
}) => {
  await page.goto(VIEW);
  const appends = panel(page, "append-ops");
  await chartDrawn(appends);

  const csvDownload = page.waitForEvent("download");
  await chooseFromMenu(panel(page, "append-ops"), "Download CSV");
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(
    /^prod-events_append-ops_\d{4}-\d\d-\d\dT\d\d-\d\dZ_\d{4}-\d\d-\d\dT\d\d-\d\dZ_minute\.csv$/,
  );
  const csv = await textOf(csvFile);
  expect(
    csv.startsWith("\uFEFFkind,basin,stream,set,series,statistic,metric_type,unit,interval,start,end"),
  ).toBe(true);
  const records = parseCsvRecords(csv);
  const buckets = records.filter((r) => r.kind === "bucket");
  const series = [...new Set(buckets.map((r) => r.series))];
  expect(series.length).toBeGreaterThan(0);
  // A 1-hour view by minute: 60 or 61 buckets per series (the window's end may cut a last minute).
  const perSeries = buckets.length / series.length;
  expect(perSeries).toBeGreaterThanOrEqual(60);
  expect(perSeries).toBeLessThanOrEqual(61);
  for (const r of buckets) {
    expect(r.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+00:00$/);
    expect(Date.parse(r.start ?? "") / 1000).toBe(Number(r.start_epoch));
    expect(Number(r.end_epoch) - Number(r.start_epoch)).toBe(60);
    expect(r).toMatchObject({
      basin: BASIN,
      set: "append-ops",
      metric_type: "accumulation",
      unit: "operations",
    });
    // The rate the bars draw by default: the bucket's total over its 60 s (the filling one: elapsed s).
    if (r.value === "") expect(r.rate_per_second).toBe("");
    else if (r.partial === "false") expect(Number(r.rate_per_second)).toBeCloseTo(Number(r.value) / 60, 9);
  }

  // Against the backend itself: a bucket it left out is an empty cell, any other (0 included) its number.
  const start = Math.min(...buckets.map((r) => Number(r.start_epoch)));
  const end = Math.max(...buckets.map((r) => Number(r.end_epoch)));
  const truth = await backendBuckets(request, "append-ops", start, end);
  for (const r of buckets.filter((b) => b.partial === "false")) {
    const value = truth.get(r.series ?? "")?.get(Number(r.start_epoch));
    expect({ series: r.series, at: r.start, value: r.value }).toEqual({
      series: r.series,
      at: r.start,
      value: value === undefined ? "" : String(value),
    });
  }

  // The summary rows are the stat cards' figures.
  const summary = records.filter((r) => r.kind === "summary");
  const cards = await appends.getByTestId(/stat-accumulation/).allTextContents();
  for (const row of summary) {
    const text = row.value === "" ? "no data" : formatMetricValue("operations", Number(row.value));
    expect(
      cards.some((card) => card.includes(text)),
      `${row.series} ${text} in ${cards.join(" | ")}`,
    ).toBe(true);
  }

  const jsonDownload = page.waitForEvent("download");
  await chooseFromMenu(panel(page, "append-ops"), "Download JSON");
  const jsonFile = await jsonDownload;
  expect(jsonFile.suggestedFilename()).toMatch(/^prod-events_append-ops_.*_minute\.json$/);
  const json = JSON.parse(await textOf(jsonFile));
  expect(json.sets).toHaveLength(1);
  expect(json.sets[0]).toMatchObject({ basin: BASIN, set: "append-ops", zone: "UTC", interval: "minute" });
  expect(json.sets[0].rows).toHaveLength(buckets.length);
  const blankInJson = json.sets[0].rows.filter((r: { value: unknown }) => r.value === null).length;
  expect(blankInJson).toBe(buckets.filter((r) => r.value === "").length);
  expect(json.sets[0].summary.map((r: { value: unknown }) => r.value)).toEqual(
    summary.map((r) => (r.value === "" ? null : Number(r.value))),
  );
});

test("Copy as CSV puts the panel's CSV on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(VIEW);
  // Charts below the fold are drawn as they come near the viewport.
  await panel(page, "read-ops").scrollIntoViewIfNeeded();
  await chartDrawn(panel(page, "read-ops"));
  await chooseFromMenu(panel(page, "read-ops"), "Copy as CSV");
  // Announced to screen readers, and shown beside the button.
  await expect(panel(page, "read-ops").locator('[aria-live="polite"]')).toHaveText("CSV copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const records = parseCsvRecords(copied);
  expect(records.length).toBeGreaterThan(60);
  expect(new Set(records.map((r) => r.set))).toEqual(new Set(["read-ops"]));
  expect(records.at(-1)?.kind).toBe("summary");
});

test("the table view shows the numbers the tooltips show, as a captioned, paged table", async ({ page }) => {
  await page.goto(VIEW);
  const appends = panel(page, "append-ops");
  const bar = appends.locator("rect[data-bucket][data-value]").first();
  await expect(bar).toBeVisible(CHART_DRAWN);
  const from = Number(await bar.getAttribute("data-bucket"));
  await bar.hover();
  const tooltip = appends.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText("total over");
  const title = (await tooltip.locator("p").first().textContent()) ?? "";
  const tooltipLines = await tooltip.locator("li").evaluateAll((items) =>
    items.map((li) => {
      const spans = li.querySelectorAll(":scope > span");
      return [spans[0]?.textContent ?? "", spans[1]?.textContent ?? ""];
    }),
  );

  await appends.getByRole("button", { name: "Show Append operations as a table" }).click();
  await expect(appends.getByRole("button", { name: "Show Append operations as a table" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const table = appends.getByRole("table", { name: "Append operations" });
  await expect(table).toBeVisible();
  await expect(appends.locator("rect[data-bucket]").first()).toBeHidden();
  await expect(table.locator("thead th[scope=col]")).toHaveText(["Period", "Series", "Value", "Per second"]);
  // 60-61 buckets per series in pages of 100 rows.
  await expect(appends.getByRole("navigation", { name: "Append operations table pages" })).toContainText(
    "Rows 1–100 of",
  );

  // The bar's rows: headed by the tooltip's span, with the tooltip's values.
  const span = title.replace(/^total over /, "").replace(/ \(partial\)$/, "");
  const rows = table.locator("tbody tr").filter({ has: page.locator(`th[scope=row]`, { hasText: span }) });
  const tableLines = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.children[1]?.textContent ?? "", tr.children[2]?.textContent ?? ""]),
  );
  expect(tableLines.length).toBeGreaterThan(0);
  for (const [name, value] of tableLines) {
    expect(tooltipLines, `${name} at ${from}`).toContainEqual([name, value]);
  }

  // Keyboard: the pager moves on; the switch goes back to the chart.
  await appends.getByRole("button", { name: "Next" }).click();
  await expect(appends.getByRole("navigation", { name: "Append operations table pages" })).toContainText(
    "Rows 101–",
  );
  await appends.getByRole("button", { name: "Show Append operations as a table" }).press("Enter");
  await expect(table).toBeHidden();
  await expect(appends.locator("rect[data-bucket]").first()).toBeVisible();
});

test("drawn per second (the default), the table's rates are the tooltip's", async ({ page }) => {
  await page.goto(VIEW.replace("&values=total", ""));
  const appends = panel(page, "append-ops");
  const bar = appends.locator("rect[data-bucket][data-rate]").first();
  await expect(bar).toBeVisible(CHART_DRAWN);
  await bar.hover();
  const tooltip = appends.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText("per second over");
  const span = ((await tooltip.locator("p").first().textContent()) ?? "")
    .replace(/^per second over /, "")
    .replace(/ \(partial\)$/, "");
  const rates = await tooltip
    .locator("li")
    .evaluateAll((items) =>
      items.map((li) => [
        li.querySelector(":scope > span:first-child")?.textContent ?? "",
        li.querySelector(":scope > span:last-child > span:last-child")?.textContent ?? "",
      ]),
    );
  await appends.getByRole("button", { name: "Show Append operations as a table" }).click();
  const rows = appends
    .getByRole("table", { name: "Append operations" })
    .locator("tbody tr")
    .filter({ has: page.locator("th[scope=row]", { hasText: span }) });
  // The table view loads when first shown: read its rows once they are there.
  await expect(rows.first()).toBeVisible();
  const tableRates = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.children[1]?.textContent ?? "", tr.children[3]?.textContent ?? ""]),
  );
  expect(tableRates.length).toBeGreaterThan(0);
  for (const line of tableRates) expect(rates).toContainEqual(line);
});

test("Escape closes the menu and gives focus back to its button", async ({ page }) => {
  await page.goto(VIEW);
  const button = panel(page, "storage").getByRole("button", { name: "Export Storage" });
  await expect(button).toHaveAttribute("aria-haspopup", "menu");
  await button.click();
  await expect(page.getByRole("menu", { name: "Export Storage" })).toBeVisible();
  await expect(page.getByRole("menuitem")).toHaveText(["Download CSV", "Download JSON", "Copy as CSV"]);
  await page.keyboard.press("End");
  await expect(page.getByRole("menuitem", { name: "Copy as CSV" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(button).toBeFocused();
});

test("a stream named in any script downloads under its own name, its readings as rows", async ({ page }) => {
  const stream = "fleet/gps-追踪";
  await page.goto(`/basins/iot-telemetry/streams/${encodeURIComponent(stream)}?range=1h&tz=America/New_York`);
  await expect(panel(page, "storage").getByTestId("stat-gauge-total")).toBeVisible(CHART_DRAWN);
  const download = page.waitForEvent("download");
  await chooseFromMenu(panel(page, "storage"), "Download CSV");
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^iot-telemetry_fleet-gps-追踪_storage_.*_minute\.csv$/);
  const records = parseCsvRecords(await textOf(file));
  const readings = records.filter((r) => r.kind === "reading");
  expect(readings.length).toBeGreaterThan(0);
  for (const r of readings) {
    expect(r.stream).toBe(stream);
    expect(r.start).toMatch(/-0[45]:00$/); // New York's offset, written out
  }
  expect(records.filter((r) => r.kind === "summary").map((r) => r.statistic)).toEqual([
    "latest",
    "peak",
    "time-weighted total",
  ]);
});

test("the whole basin downloads as one streamed file holding every set", async ({ page }) => {
  await page.goto(VIEW);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download all sets of ${BASIN} as CSV` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^prod-events_all-sets_.*_minute\.csv$/);
  const records = parseCsvRecords(await textOf(file));
  expect(new Set(records.map((r) => r.set))).toEqual(
    new Set(["storage", "append-ops", "read-ops", "read-throughput", "append-throughput", "basin-ops"]),
  );
  // Storage takes only hours: its rows are hourly readings even in a minute view.
  expect(records.filter((r) => r.set === "storage" && r.kind === "reading").length).toBeGreaterThan(0);
});

test("a breakdown table downloads as shown: the streams of the page, with exact figures", async ({
  page,
}) => {
  await page.goto(VIEW);
  const table = page.getByRole("table", { name: `Streams of ${BASIN}, with their storage over the range` });
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator("tbody tr").first()).toBeVisible(CHART_DRAWN);
  const shown = await table.locator("tbody tr th, tbody tr td:first-child").allTextContents();
  const download = page.waitForEvent("download");
  await chooseFromMenu(
    page.getByRole("region", { name: /^Streams/ }),
    "Download CSV",
    `Export Streams of ${BASIN}`,
  );
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^prod-events_streams_.*\.csv$/);
  const records = parseCsvRecords(await textOf(file));
  expect(records.length).toBe(await table.locator("tbody tr").count());
  expect(Object.keys(records[0] ?? {})).toEqual(expect.arrayContaining(["Stream", "Latest", "Peak"]));
  for (const r of records) {
    expect(shown.some((cell) => cell.includes(r.Stream ?? "\u0000"))).toBe(true);
    expect(r.Latest).toMatch(/^(\d+(\.\d+)?)?$/); // an exact number of bytes, or empty for no data
  }
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`at 375 px, ${scheme}`, () => {
    test.use({ viewport: { width: 375, height: 900 }, colorScheme: scheme });

    test("the menu and the table fit the width", async ({ page }, testInfo) => {
      await page.goto(VIEW);
      const appends = panel(page, "append-ops");
      await appends.scrollIntoViewIfNeeded();
      await chartDrawn(appends);
      await appends.getByRole("button", { name: "Show Append operations as a table" }).click();
      await expect(appends.getByRole("table")).toBeVisible();
      await appends.getByRole("button", { name: "Export Append operations" }).click();
      await expect(page.getByRole("menu")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await appends.scrollIntoViewIfNeeded();
      await testInfo.attach(`export-375-${scheme}`, {
        body: await appends.screenshot(),
        contentType: "image/png",
      });
      await appends.screenshot({ path: `/tmp/pw-h7/shots/export-375-${scheme}.png` });
    });
  });
}
