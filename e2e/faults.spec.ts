import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { z } from "zod";
import { DEMO_TOKEN, SESSION_COOKIE, sessionCookieForToken } from "./helpers/auth";
import { type IsolatedStack, startIsolatedStack } from "./helpers/isolated-stack";
import { panel } from "./helpers/views";

/**
 * What users and the API see when S2 misbehaves, on a dashboard and backend of this spec's own (so that
 * killing the backend breaks nobody else's test): every fault of the backend's fault switch, then the
 * backend gone altogether. For each: the proxy answers the right status with `{code, message}` within
 * its timeout, nothing that failed is cached, the affected panel shows the error with a Retry while the
 * other panels keep their charts, and the view recovers by itself (auto-refresh) once the backend does.
 */

test.describe.configure({ mode: "serial", timeout: 120_000 });

const REQUEST_TIMEOUT_MS = 3_000;
const BASIN = "analytics-raw";
let stack: IsolatedStack;
let cookie: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stack = await startIsolatedStack({ requestTimeoutMs: REQUEST_TIMEOUT_MS });
  cookie = await sessionCookieForToken(DEMO_TOKEN);
});

test.afterAll(async () => {
  await stack?.close();
});

interface FaultCase {
  name: string;
  fault: Record<string, unknown>;
  status: number;
  code: string;
  retryAfter?: string;
}

const FAULTS: FaultCase[] = [
  { name: "a 500", fault: { kind: "status", status: 500 }, status: 502, code: "bad_gateway" },
  { name: "a 503", fault: { kind: "status", status: 503 }, status: 503, code: "unavailable" },
  {
    name: "a 429 with Retry-After",
    fault: { kind: "rate_limited", retryAfter: 7 },
    status: 429,
    code: "rate_limited",
    retryAfter: "7",
  },
  { name: "malformed JSON", fault: { kind: "malformed_json" }, status: 502, code: "bad_gateway" },
  { name: "a body of the wrong shape", fault: { kind: "wrong_shape" }, status: 502, code: "bad_gateway" },
  { name: "a body cut short", fault: { kind: "truncated" }, status: 502, code: "bad_gateway" },
  { name: "a reset connection", fault: { kind: "reset" }, status: 502, code: "bad_gateway" },
  {
    name: "latency beyond the proxy's timeout",
    fault: { kind: "latency", ms: 2 * REQUEST_TIMEOUT_MS },
    status: 504,
    code: "gateway_timeout",
  },
];

const statsSchema = z.object({ metrics: z.number() });
const upstreamMetricsCalls = async (request: APIRequestContext) =>
  statsSchema.parse(await (await request.get(`${stack.s2Url}/local/stats`)).json()).metrics;

async function setFault(request: APIRequestContext, fault: Record<string, unknown> | null) {
  const response =
    fault === null
      ? await request.delete(`${stack.s2Url}/local/faults`)
      : await request.put(`${stack.s2Url}/local/faults`, { data: fault });
  expect(response.ok()).toBe(true);
}

const apiGet = (request: APIRequestContext, path: string) =>
  request.get(`${stack.appUrl}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });

test("each backend fault becomes the right status and {code, message} within the timeout, and is never cached", async ({
  request,
}) => {
  // Windows that closed hours ago: a success for them is cached, so a cached failure would show.
  const closedEnd = Math.floor(Date.now() / 1000 / 60) * 60 - 3 * 3_600;
  for (const [i, c] of FAULTS.entries()) {
    const end = closedEnd - i * 600;
    const path = `/api/metrics/${BASIN}?set=read-ops&start=${end - 3_600}&end=${end}&interval=minute`;
    await setFault(request, { ...c.fault, pathPrefix: `/v1/metrics/${BASIN}` });
    const began = Date.now();
    const failed = await apiGet(request, path);
    const took = Date.now() - began;
    expect([failed.status(), c.name]).toEqual([c.status, c.name]);
    const body = (await failed.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort(), c.name).toEqual(["code", "message"]);
    expect(body.code, c.name).toBe(c.code);
    expect(typeof body.message).toBe("string");
    if (c.retryAfter) expect(failed.headers()["retry-after"]).toBe(c.retryAfter);
    expect(took, `${c.name} answered within the timeout`).toBeLessThan(REQUEST_TIMEOUT_MS + 1_500);
    // A slow answer the proxy gave up on still reaches the backend later: let it land before counting.
    if (c.fault.kind === "latency")
      await new Promise((r) => setTimeout(r, 2 * REQUEST_TIMEOUT_MS - took + 500));

    await setFault(request, null);
    const before = await upstreamMetricsCalls(request);
    expect((await apiGet(request, path)).status(), `${c.name}: recovers at once`).toBe(200);
    expect(await upstreamMetricsCalls(request), `${c.name}: the failure was not cached`).toBe(before + 1);
    expect((await apiGet(request, path)).status()).toBe(200);
    expect(await upstreamMetricsCalls(request), `${c.name}: the success was`).toBe(before + 1);
  }
});

/**
 * The page runs on a fake clock (auto-refresh, retry back-off and chart scheduling are timers), moved
 * on as fast as real time passes until `check` passes: faster, and an auto-refresh would start a new
 * query before a slow one (a timeout) had failed. It starts in the past, so that a window ending at the
 * page's "now" never ends in the backend's future when a test jumps ahead to the next refresh.
 */
async function advanceUntil(page: Page, check: () => Promise<boolean>, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  let last = Date.now();
  while (Date.now() < deadline) {
    if (await check()) return;
    await page.waitForTimeout(100);
    const now = Date.now();
    await page.clock.runFor(now - last);
    last = now;
  }
  expect(await check(), "the page got there").toBe(true);
}

/** Brought into view first: charts below the fold are drawn as they come near the viewport. */
const drawn = (section: Locator) => async () => {
  await section.scrollIntoViewIfNeeded();
  return (await section.locator("rect[data-bucket], .recharts-area-curve").count()) > 0;
};
const failedWithRetry = (section: Locator) => async () =>
  (await section.getByRole("alert").count()) > 0 &&
  (await section.getByRole("button", { name: "Retry" }).count()) > 0;

async function openBasinView(page: Page) {
  await page.context().addCookies([{ name: SESSION_COOKIE, value: cookie, url: stack.appUrl }]);
  await page.clock.install({ time: Date.now() - 10 * 60_000 });
  await page.goto(`${stack.appUrl}/basins/${BASIN}?range=1h&refresh=30s`);
}

for (const c of FAULTS) {
  test(`${c.name} on one set: that panel shows the error with a Retry, the others draw, and it recovers by itself`, async ({
    page,
    request,
  }) => {
    await setFault(request, { ...c.fault, pathPrefix: `/v1/metrics/${BASIN}`, urlContains: "set=read-ops" });
    try {
      await openBasinView(page);
      const failing = panel(page, "read-ops");
      await advanceUntil(page, failedWithRetry(failing));
      await expect(failing.getByRole("alert")).toContainText(c.code);
      await advanceUntil(page, drawn(panel(page, "append-ops")));
      await advanceUntil(page, drawn(panel(page, "storage")));
    } finally {
      await setFault(request, null);
    }
    // No click: the next auto-refresh (30 s on) finds the backend well again.
    await page.clock.runFor(31_000);
    await advanceUntil(page, drawn(panel(page, "read-ops")));
    await expect(panel(page, "read-ops").getByRole("alert")).toHaveCount(0);
  });
}

test("with the backend down the API answers 502 at once, every panel says so, and all recover when it is back", async ({
  page,
  request,
}) => {
  await openBasinView(page);
  await advanceUntil(page, drawn(panel(page, "append-ops")));

  await stack.killBackend();
  const end = Math.floor(Date.now() / 1000);
  const began = Date.now();
  const down = await apiGet(request, `/api/metrics/${BASIN}?set=append-ops&start=${end - 3_600}&end=${end}`);
  expect(down.status()).toBe(502);
  expect(await down.json()).toEqual({ code: "bad_gateway", message: "S2 could not be reached" });
  expect(Date.now() - began).toBeLessThan(REQUEST_TIMEOUT_MS + 1_500);

  // The next refresh fails; panels keep their last data and say the refresh failed, with a Retry.
  await page.clock.runFor(31_000);
  for (const set of ["append-ops", "read-ops", "storage"]) {
    const section = panel(page, set);
    await advanceUntil(page, async () => (await section.getByRole("button", { name: "Retry" }).count()) > 0);
    await expect(section).toContainText("S2 could not be reached");
  }

  await stack.startBackend();
  await page.clock.runFor(31_000);
  for (const set of ["append-ops", "read-ops", "storage", "basin-ops"]) {
    const section = panel(page, set);
    await advanceUntil(
      page,
      async () => (await section.getByRole("button", { name: "Retry" }).count()) === 0,
    );
    await advanceUntil(page, drawn(section));
  }
});
