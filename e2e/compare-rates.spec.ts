import { expect, type Page, test } from "@playwright/test";
import { periodChange, previousPeriod } from "@/lib/chart-data/compare-period";
import { formatMetricValue } from "@/lib/format/by-unit";
import { formatPeriodChange } from "@/lib/format/period-change";
import { signInAsDemo } from "./helpers/auth";
import { backendMetricSet } from "./helpers/backend";
import { CHART_DRAWN, chartDrawn, metricsQuery, panel } from "./helpers/views";

/**
 * Issue 12, "Comparison and rates": compare adds each card's change and the previous period as a dashed
 * line; counters are drawn per second with the bucket total in the tooltip, and a switch to totals;
 * series keep their colour across ranges; a legend entry isolates its series.
 */

const HOUR = 3_600;
const DAY = 86_400;

test.beforeEach(async ({ page }) => {
  test.slow();
  await signInAsDemo(page);
});

/** The sum of every series of a set over a window, asked of the embedded backend directly. */
async function backendTotal(page: Page, set: string, start: number, end: number, interval: string) {
  const answer = await backendMetricSet(page.request, "prod-events", { set, start, end, interval });
  let total: number | null = null;
  for (const metric of answer.values) {
    if (!("accumulation" in metric)) continue;
    for (const [, v] of metric.accumulation.values) total = (total ?? 0) + v;
  }
  return total;
}

/** A set's panel, scrolled to: charts further down are drawn only as they come near the viewport. */
async function shown(page: Page, set: string) {
  const section = panel(page, set);
  await section.scrollIntoViewIfNeeded();
  return section;
}

const yLabels = (page: Page, set: string) =>
  panel(page, set).locator(".recharts-yAxis .recharts-cartesian-axis-tick-value").allTextContents();

test("compare asks for the previous period, shows each card's change and draws it dashed", async ({
  page,
}) => {
  const requests: { start: number; end: number }[] = [];
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (
      url.pathname === "/api/metrics/prod-events" &&
      url.searchParams.get("set") === "append-ops" &&
      r.ok()
    ) {
      const { start, end } = metricsQuery(r);
      requests.push({ start, end });
    }
  });
  await page.goto("/basins/prod-events?range=24h&interval=hour&tz=utc&compare=1");
  const ops = panel(page, "append-ops");
  const total = ops.getByTestId("stat-accumulation-grand-total");
  const change = total.getByTestId("stat-change");
  await expect(change).toHaveText(/vs previous 24 h$/, CHART_DRAWN);

  // Two windows, the previous one as long and immediately before (to the bucket), through the same route.
  expect(requests.length).toBeGreaterThanOrEqual(2);
  const current = requests.reduce((a, b) => (b.start > a.start ? b : a));
  const before = previousPeriod(current, HOUR).range;
  expect(requests).toContainEqual(before);
  expect(before.end - before.start).toBe(current.end - current.start);
  expect(current.start - before.end).toBeLessThan(HOUR);

  // The change is the card's total against the backend's own total over the previous window.
  const now = Number(await total.getAttribute("data-value"));
  const previous = await backendTotal(page, "append-ops", before.start, before.end, "hour");
  expect(previous).not.toBeNull();
  // (After a ▲/▼ arrow, hidden from screen readers.)
  await expect(change).toContainText(formatPeriodChange(periodChange(now, previous), DAY).text);

  // The previous period is overlaid as a dashed line, and the legend says what it is.
  const dashed = ops.locator(".compare-previous path.recharts-curve");
  await expect(dashed).toHaveAttribute("stroke-dasharray", "5 4");
  await expect(ops.getByTestId("legend-previous")).toHaveText("Previous period");
  // The storage gauge's previous period is a dashed line too.
  await expect(
    panel(page, "storage").locator(".compare-previous path.recharts-curve").first(),
  ).toHaveAttribute("stroke-dasharray", "5 4", CHART_DRAWN);

  // Off again: no change lines, no dashed series.
  await page.goto("/basins/prod-events?range=24h&interval=hour&tz=utc");
  await chartDrawn(panel(page, "append-ops"));
  await expect(panel(page, "append-ops").getByTestId("stat-change")).toHaveCount(0);
  await expect(panel(page, "append-ops").locator(".compare-previous")).toHaveCount(0);
});

test("counters are drawn per second with the bucket total in the tooltip; the switch draws totals", async ({
  page,
}) => {
  await page.goto("/basins/prod-events?range=24h&interval=hour&tz=utc");
  const throughput = await shown(page, "append-throughput");
  const bar = throughput.locator('rect[data-bucket]:not([data-partial="true"])').first();
  await expect(bar).toBeVisible(CHART_DRAWN);
  const labels = await yLabels(page, "append-throughput");
  expect(labels.filter((l) => l !== "0").every((l) => l.endsWith("/s"))).toBe(true);

  // The bar is its hour's total divided by 3,600 seconds; its tooltip quotes both.
  const total = Number(await bar.getAttribute("data-value"));
  const rate = Number(await bar.getAttribute("data-rate"));
  expect(rate).toBeCloseTo(total / HOUR, 6);
  await bar.hover();
  const tooltip = throughput.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText("per second over");
  await expect(tooltip.getByTestId("tooltip-total").first()).toHaveText(/ total$/);
  await expect(tooltip).toContainText(`${formatMetricValue("bytes", total)} total`);

  // The axis stays per second at another interval.
  await page.goto("/basins/prod-events?range=6h&interval=minute&tz=utc");
  await expect((await shown(page, "append-throughput")).locator("rect[data-bucket]").first()).toBeVisible(
    CHART_DRAWN,
  );
  const minuteLabels = await yLabels(page, "append-throughput");
  expect(minuteLabels.filter((l) => l !== "0").every((l) => l.endsWith("/s"))).toBe(true);

  // The switch: totals per bucket, no "/s"; the same bucket's bar carries the same total, drawn as is.
  const minuteBar = panel(page, "append-throughput")
    .locator('rect[data-bucket]:not([data-partial="true"])')
    .nth(3);
  const bucket = await minuteBar.getAttribute("data-bucket");
  const series = await minuteBar.getAttribute("data-series");
  const minuteTotal = await minuteBar.getAttribute("data-value");
  // (The header's Rate/Total switch writes exactly this param; the charts read it from the URL.)
  await page.goto("/basins/prod-events?range=6h&interval=minute&tz=utc&values=total");
  const same = (await shown(page, "append-throughput")).locator(
    `rect[data-bucket="${bucket}"][data-series="${series}"]`,
  );
  await expect(same).toHaveAttribute("data-value", String(minuteTotal), CHART_DRAWN);
  expect(await same.getAttribute("data-rate")).toBeNull();
  expect((await yLabels(page, "append-throughput")).some((l) => l.endsWith("/s"))).toBe(false);
  await same.hover();
  await expect(panel(page, "append-throughput").locator(".recharts-tooltip-wrapper")).toContainText(
    "total over",
  );
});

test("a series keeps its colour across ranges, and a legend entry isolates it until pressed again or Escape", async ({
  page,
}) => {
  const colourOf = async (series: string) => {
    const bar = (await shown(page, "basin-ops"))
      .locator(`rect[data-series="${series}"]:not([data-partial="true"])`)
      .first();
    await expect(bar).toBeVisible(CHART_DRAWN);
    return bar.getAttribute("fill");
  };
  await page.goto("/basins/prod-events?range=24h&tz=utc");
  const at24h = await colourOf("trim");
  await page.goto("/basins/prod-events?range=30d&tz=utc");
  expect(await colourOf("trim")).toBe(at24h);

  const ops = await shown(page, "append-ops");
  await expect(ops.locator('rect[data-series="express"]').first()).toBeVisible(CHART_DRAWN);
  const standard = ops.getByRole("button", { name: "standard" });
  await expect(standard).toHaveAttribute("aria-pressed", "false");
  await standard.click();
  await expect(standard).toHaveAttribute("aria-pressed", "true");
  await expect(ops.locator('rect[data-series="express"]')).toHaveCount(0);
  await expect(ops.locator('rect[data-series="standard"]').first()).toBeVisible();
  // Pressed again: every series is back.
  await standard.click();
  await expect(ops.locator('rect[data-series="express"]').first()).toBeVisible();
  // By keyboard, and Escape restores.
  await ops.getByRole("button", { name: "express" }).focus();
  await page.keyboard.press("Enter");
  await expect(ops.locator('rect[data-series="standard"]')).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(ops.getByRole("button", { name: "express" })).toHaveAttribute("aria-pressed", "false");
  await expect(ops.locator('rect[data-series="standard"]').first()).toBeVisible();
});
