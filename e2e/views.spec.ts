import { expect, test } from "@playwright/test";
import { type GaugeMetric, metricSetResponseSchema, type Point } from "@/lib/s2/contract";
import { DEMO_TOKEN, S2_URL, signInWithDemo } from "./helpers/auth";
import { metricsQuery, metricsResponse, panel } from "./helpers/views";

/**
 * The account, basin and stream views against the real embedded backend: every chart draws data,
 * absent buckets draw nothing, the stat card's byte-hours match an independent computation, and the
 * window survives presets, custom ranges, copied links and failures.
 */

test.beforeEach(async ({ page }) => {
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
});

test("the account view shows active basins as links and operations as bars", async ({ page }) => {
  const chips = page.locator('[data-testid="label-chips"] a');
  await expect(chips.first()).toBeVisible();
  expect(await chips.count()).toBeGreaterThanOrEqual(4);
  await expect(chips.first()).toHaveAttribute("href", /^\/basins\/[a-z0-9-]+/);
  await expect(panel(page, "account-ops").locator("rect[data-bucket]").first()).toBeVisible();
  // Every basin of the demo workload, fleet-sensors (2,000 streams) and the idle legacy-batch included.
  await expect(page.getByTestId("basin-list").getByRole("link")).toHaveCount(7);
});

test("the basin view draws each of its six sets with data, and lists its streams", async ({ page }) => {
  await page.goto("/basins/prod-events");
  for (const set of ["append-ops", "read-ops", "append-throughput", "read-throughput", "basin-ops"]) {
    // Charts below the fold are drawn as they come near the viewport.
    await panel(page, set).scrollIntoViewIfNeeded();
    await expect(panel(page, set).locator("rect[data-bucket]").first(), set).toBeVisible();
  }
  await expect(
    panel(page, "storage").locator(".recharts-line-curve, .recharts-area-curve").first(),
  ).toBeVisible();
  await expect(panel(page, "storage").getByTestId("stat-gauge-total")).toBeVisible();
  await expect(page.getByTestId("stream-list").getByRole("link", { name: "orders/eu-west" })).toBeVisible();
});

test("streams named with '/', spaces or unicode open their own view", async ({ page }) => {
  await page.goto("/basins/prod-events");
  await page.getByTestId("stream-list").getByRole("link", { name: "orders/eu-west" }).click();
  await expect(page).toHaveURL(/\/basins\/prod-events\/streams\/orders%2Feu-west$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("orders/eu-west");
  await expect(
    panel(page, "storage").locator(".recharts-line-curve, .recharts-area-curve").first(),
  ).toBeVisible();
  for (const [basin, stream] of [
    ["prod-events", "click stream"],
    ["analytics-raw", "événements-bruts"],
  ] as const) {
    await page.goto(`/basins/${basin}/streams/${encodeURIComponent(stream)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(stream);
    await expect(panel(page, "storage").getByTestId("stat-gauge-total")).toBeVisible();
  }
});

test("an unknown basin or stream is a not-found page", async ({ page }) => {
  expect((await page.goto("/basins/no-such-basin"))?.status()).toBe(404);
  await expect(page.getByText("No basin named no-such-basin in this account.")).toBeVisible();
  expect((await page.goto("/basins/prod-events/streams/no%2Fsuch"))?.status()).toBe(404);
  expect((await page.goto("/basins/NOT_A_NAME"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
});

test("a bucket the backend left out draws no bar; every bucket with data draws one", async ({ page }) => {
  // staging-sandbox appends only in office hours on weekdays, so a week by hour has real gaps.
  const answer = metricsResponse(page, "/staging-sandbox", "append-ops");
  await page.goto("/basins/staging-sandbox?range=7d&interval=hour");
  const response = await answer;
  const { start, end } = metricsQuery(response);
  const data = metricSetResponseSchema.parse(await response.json());
  const readBars = () =>
    panel(page, "append-ops")
      .locator("rect[data-bucket]")
      .evaluateAll((rects) =>
        rects.map((r) => ({
          series: r.getAttribute("data-series") ?? "",
          from: Number(r.getAttribute("data-bucket")),
          to: Number(r.getAttribute("data-bucket-end")),
        })),
      );
  // Charts load lazily and draw one panel per idle period: wait until the bar count settles.
  let bars = await readBars();
  await expect
    .poll(async () => {
      const before = bars.length;
      bars = await readBars();
      return bars.length > 0 && bars.length === before;
    })
    .toBe(true);
  const withData = new Map<string, number[]>();
  for (const metric of data.values) {
    if ("accumulation" in metric)
      withData.set(
        metric.accumulation.name,
        metric.accumulation.values.map(([t]) => t),
      );
  }
  const anyData = [...withData.values()].flat();
  expect(anyData.length).toBeGreaterThan(0);
  const emptyHours: number[] = [];
  for (let t = start - (start % 3_600); t < end; t += 3_600) if (!anyData.includes(t)) emptyHours.push(t);
  expect(emptyHours.length).toBeGreaterThan(24);

  for (const bar of bars) {
    const buckets = withData.get(bar.series) ?? [];
    expect(
      buckets.some((t) => t >= bar.from && t < bar.to),
      `bar ${bar.series}@${bar.from} has data`,
    ).toBe(true);
  }
  for (const [series, buckets] of withData) {
    for (const t of buckets) {
      expect(
        bars.some((b) => b.series === series && t >= b.from && t < b.to),
        `${series}@${t} drawn`,
      ).toBe(true);
    }
  }
  for (const t of emptyHours)
    expect(
      bars.some((b) => t >= b.from && t < b.to),
      `no bar at ${t}`,
    ).toBe(false);
});

test("the stream's GiB·h stat equals the time-weighted sum of its raw gauge readings", async ({
  page,
  request,
}) => {
  // A pinned window that ended two minutes ago: the live simulation cannot change it under the test.
  // It starts on the hour, as the view aligns a 24 h window by hour, so the card covers exactly it.
  const end = Math.floor(Date.now() / 1000 / 60) * 60 - 120;
  const start = Math.floor((end - 86_400) / 3_600) * 3_600;
  const stream = "orders/eu-west";
  await page.goto(`/basins/prod-events/streams/${encodeURIComponent(stream)}?from=${start}&to=${end}`);
  const card = panel(page, "storage").getByTestId("stat-gauge-total");
  await expect(card).toBeVisible();
  const shown = Number(await card.getAttribute("data-value"));

  const raw = await request.get(
    `${S2_URL}/v1/metrics/prod-events/${encodeURIComponent(stream)}?set=storage&start=${start}&end=${end}`,
    { headers: { authorization: `Bearer ${DEMO_TOKEN}` } },
  );
  const metric = metricSetResponseSchema.parse(await raw.json()).values[0];
  const points: Point[] = metric && "gauge" in metric ? (metric.gauge as GaugeMetric).values : [];
  expect(points.length).toBeGreaterThan(1_000);
  let byteSeconds = 0;
  points.forEach(([t, v], i) => {
    const from = Math.max(t, start);
    const to = Math.min(points[i + 1]?.[0] ?? end, end);
    if (to > from) byteSeconds += v * (to - from);
  });
  const byteHours = byteSeconds / 3_600;
  expect(byteHours).toBeGreaterThan(0);
  expect(Math.abs(shown - byteHours) / byteHours).toBeLessThan(1e-9);
});

test("presets and custom ranges drive the URL and the requests; over 13 months is refused with a reason", async ({
  page,
}) => {
  await page.goto("/basins/prod-events");
  await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible();
  const picker = page.getByRole("button", { name: /Time range/ });

  let answer = metricsResponse(page, "/prod-events", "append-ops");
  await picker.click();
  await page.getByRole("button", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/range=7d/);
  let q = metricsQuery(await answer);
  // Seven days, the start aligned down to the hour so the first bar is a whole hour.
  expect(q.start % 3_600).toBe(0);
  expect(q.end - q.start).toBeGreaterThanOrEqual(7 * 86_400);
  expect(q.end - q.start).toBeLessThan(7 * 86_400 + 3_600);

  answer = metricsResponse(page, "/prod-events", "append-ops");
  await picker.click();
  await page.getByLabel("From", { exact: true }).fill("now-2d");
  await page.getByLabel("To", { exact: true }).fill("now-1d");
  await page.getByRole("button", { name: "Apply" }).first().click();
  await expect(page).toHaveURL(/from=now-2d&to=now-1d/);
  q = metricsQuery(await answer);
  expect(q.start % 3_600).toBe(0);
  expect(q.end - q.start - 86_400).toBeGreaterThanOrEqual(0);
  expect(q.end - q.start - 86_400).toBeLessThan(3_600);
  expect(q.end).toBeLessThan(Date.now() / 1000 - 86_000);

  await picker.click();
  await page.getByLabel("From", { exact: true }).fill("now-400d");
  await page.getByLabel("To", { exact: true }).fill("now");
  await page.getByRole("button", { name: "Apply" }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: "13 months" }).first()).toBeVisible();
  await expect(page).toHaveURL(/from=now-2d&to=now-1d/);

  await page.goBack();
  await expect(page).toHaveURL(/range=7d/);
});

test("Copy link pins the window on screen; the link opens the same range and interval", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const answer = metricsResponse(page, "/prod-events", "read-ops");
  await page.goto("/basins/prod-events?range=6h&interval=minute");
  const original = metricsQuery(await answer);
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("menuitem", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/from=\d+&to=\d+/);

  const other = await context.newPage();
  const reopened = metricsResponse(other, "/prod-events", "read-ops");
  await other.goto(link);
  expect(metricsQuery(await reopened)).toEqual(original);
});

test("a failing panel shows the backend's message and recovers on retry while the others keep working", async ({
  page,
  request,
}) => {
  const fault = {
    kind: "status",
    status: 500,
    message: "injected: read-ops is down",
    pathPrefix: "/v1/metrics/iot-telemetry",
    urlContains: "set=read-ops",
  };
  await request.put(`${S2_URL}/local/faults`, { data: fault });
  try {
    await page.goto("/basins/iot-telemetry");
    const failing = panel(page, "read-ops");
    await expect(failing.getByRole("button", { name: "Retry" })).toBeVisible({ timeout: 20_000 });
    await expect(failing).toContainText("unexpected status (500)");
    await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible();
  } finally {
    await request.delete(`${S2_URL}/local/faults`);
  }
  await panel(page, "read-ops").getByRole("button", { name: "Retry" }).click();
  await panel(page, "read-ops").scrollIntoViewIfNeeded();
  await expect(panel(page, "read-ops").locator("rect[data-bucket]").first()).toBeVisible();
});

test("charts below the fold draw only as they come near the viewport, and nothing below them moves", async ({
  page,
}) => {
  await page.goto("/basins/prod-events");
  const below = panel(page, "basin-ops");
  // Every set has its data and stat cards at once, and the charts in view draw.
  await expect(below).toHaveAttribute("aria-busy", "false");
  await expect(below.getByText("Total", { exact: true })).toBeAttached();
  await expect(panel(page, "storage").locator(".recharts-area-curve").first()).toBeVisible();
  await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(below.locator("rect[data-bucket]")).toHaveCount(0);
  // Its placeholder already holds the chart's room, legend included.
  const pageTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
  const streamsTop = await page.getByTestId("stream-list").evaluate(pageTop);
  const panelHeight = await below.evaluate((el) => el.getBoundingClientRect().height);

  await below.scrollIntoViewIfNeeded();
  await expect(below.locator("rect[data-bucket]").first()).toBeVisible();
  expect(await page.getByTestId("stream-list").evaluate(pageTop)).toBe(streamsTop);
  expect(await below.evaluate((el) => el.getBoundingClientRect().height)).toBe(panelHeight);
});

test.describe("at 375 px and in dark mode", () => {
  test.use({ viewport: { width: 375, height: 800 }, colorScheme: "dark" });

  test("the basin view fits the width and renders dark", async ({ page }, testInfo) => {
    await page.goto("/basins/prod-events");
    await panel(page, "append-ops").scrollIntoViewIfNeeded();
    await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await testInfo.attach("basin-375-dark", {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
});

test("auto-refresh moves a relative window forward, and pauses while the tab is hidden", async ({ page }) => {
  await page.clock.install();
  const seen: number[] = [];
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (url.pathname === "/api/metrics/prod-events" && url.searchParams.get("set") === "read-ops") {
      seen.push(Number(url.searchParams.get("end")));
    }
  });
  const first = metricsResponse(page, "/prod-events", "read-ops");
  await page.goto("/basins/prod-events?range=1h&refresh=30s");
  const startEnd = metricsQuery(await first).end;

  const moved = metricsResponse(page, "/prod-events", "read-ops");
  await page.clock.runFor(31_000);
  expect(metricsQuery(await moved).end).toBeGreaterThanOrEqual(startEnd + 30);

  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => h });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  await setHidden(true);
  const whileHidden = seen.length;
  await page.clock.runFor(95_000);
  await page.waitForTimeout(500);
  expect(seen.length).toBe(whileHidden);

  await setHidden(false);
  await page.clock.runFor(1_000); // the app's timers (query scheduling) run on the fake clock too
  await expect.poll(() => seen.length).toBeGreaterThan(whileHidden);
  expect(seen.at(-1)).toBeGreaterThan(startEnd + 120);
});
