import { expect, test } from "@playwright/test";
import { apiMetricSetResponseSchema } from "@/lib/api/contract";
import { metricSetResponseSchema, type Point } from "@/lib/s2/contract";
import { DEMO_TOKEN, S2_URL, signInWithDemo } from "./helpers/auth";
import { metricsResponse, panel } from "./helpers/views";

/**
 * 30 days by minute is 43,200 readings per series; the dashboard asks the proxy for at most what its
 * widest chart can draw. What the user sees must not change: the stat cards are exact and a span where S2
 * had no bucket still draws no bar.
 */

const DAY = 86_400;

test.beforeEach(async ({ page }) => {
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
});

async function raw(request: import("@playwright/test").APIRequestContext, path: string) {
  const response = await request.get(`${S2_URL}/v1/metrics/${path}`, {
    headers: { authorization: `Bearer ${DEMO_TOKEN}` },
  });
  return metricSetResponseSchema.parse(await response.json());
}

test("30 days of a stream's minute readings come reduced, and the GiB·h stat is still exact", async ({
  page,
  request,
}) => {
  const end = Math.floor(Date.now() / 1000) - 120;
  // 30 days by day start on a midnight (the view aligns its window to whole days): the card covers this.
  const start = Math.ceil((end - 30 * DAY) / DAY) * DAY;
  const stream = "orders/eu-west";
  const answer = metricsResponse(page, `/prod-events/${encodeURIComponent(stream)}`, "storage");
  await page.goto(`/basins/prod-events/streams/${encodeURIComponent(stream)}?from=${start}&to=${end}`);
  const response = await answer;
  expect(new URL(response.url()).searchParams.get("points")).toBe("2400");
  const body = apiMetricSetResponseSchema.parse(await response.json());
  const sent = body.values.flatMap((m) => ("gauge" in m ? [m.gauge] : []))[0];
  expect(sent?.reduced?.readings).toBeGreaterThan(40_000);
  expect(sent?.values.length).toBeLessThanOrEqual(2_400);

  const card = panel(page, "storage").getByTestId("stat-gauge-total");
  await expect(card).toBeVisible();
  const shown = Number(await card.getAttribute("data-value"));

  const full = await raw(
    request,
    `prod-events/${encodeURIComponent(stream)}?set=storage&start=${start}&end=${end}`,
  );
  const metric = full.values[0];
  const points: Point[] = metric && "gauge" in metric ? metric.gauge.values : [];
  let byteSeconds = 0;
  points.forEach(([t, v], i) => {
    const from = Math.max(t, start);
    const to = Math.min(points[i + 1]?.[0] ?? end, end);
    if (to > from) byteSeconds += v * (to - from);
  });
  const byteHours = byteSeconds / 3_600;
  expect(byteHours).toBeGreaterThan(0);
  expect(Math.abs(shown - byteHours) / byteHours).toBeLessThan(1e-9);
  await expect(panel(page, "storage").locator(".recharts-area-curve").first()).toBeVisible();
});

test("30 days of minute append-ops come summed, and a span with no bucket still draws no bar", async ({
  page,
  request,
}) => {
  // staging-sandbox appends only in office hours on weekdays: nights and weekends have no buckets.
  const end = Math.floor(Date.now() / 1000 / 60) * 60 - 120;
  const start = end - 30 * DAY;
  const answer = metricsResponse(page, "/staging-sandbox", "append-ops");
  await page.goto(`/basins/staging-sandbox?from=${start}&to=${end}&interval=minute`);
  const response = await answer;
  expect(new URL(response.url()).searchParams.get("points")).toBe("2400");
  expect(response.headers()["content-encoding"]).toBe("gzip");

  const full = await raw(request, `staging-sandbox?set=append-ops&start=${start}&end=${end}&interval=minute`);
  const buckets = new Map<string, Point[]>();
  for (const m of full.values)
    if ("accumulation" in m) buckets.set(m.accumulation.name, m.accumulation.values);
  await expect(panel(page, "append-ops").locator("rect[data-bucket]").first()).toBeVisible();
  const bars = await panel(page, "append-ops")
    .locator("rect[data-bucket]")
    .evaluateAll((rects) =>
      rects.map((r) => ({
        series: r.getAttribute("data-series") ?? "",
        from: Number(r.getAttribute("data-bucket")),
        to: Number(r.getAttribute("data-bucket-end")),
        value: Number(r.getAttribute("data-value")),
      })),
    );
  expect(bars.length).toBeGreaterThan(10);
  for (const bar of bars) {
    const inside = (buckets.get(bar.series) ?? []).filter(([t]) => t >= bar.from && t < bar.to);
    expect(inside.length, `bar ${bar.series}@${bar.from} has data`).toBeGreaterThan(0);
    expect(bar.value).toBe(inside.reduce((sum, [, v]) => sum + v, 0));
  }
  for (const [series, points] of buckets) {
    for (const [t] of points) {
      if (t < start - (start % 60)) continue;
      expect(
        bars.some((b) => b.series === series && t >= b.from && t < b.to),
        `${series}@${t} drawn`,
      ).toBe(true);
    }
  }
  // The total card sums every minute bucket S2 sent, not the summed groups.
  const total = [...buckets.values()]
    .flat()
    .reduce((sum, [t, v]) => (t >= start - (start % 60) ? sum + v : sum), 0);
  const card = panel(page, "append-ops").getByTestId("stat-accumulation-grand-total");
  const single = panel(page, "append-ops").getByTestId("stat-accumulation-total");
  const shown = (await card.count()) > 0 ? card : single.first();
  expect(Number(await shown.getAttribute("data-value"))).toBe(total);
});
