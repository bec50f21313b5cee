import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { DEMO_TOKEN, SESSION_COOKIE, sessionCookieForToken } from "./helpers/auth";
import { type IsolatedStack, startIsolatedStack } from "./helpers/isolated-stack";
import { panel } from "./helpers/views";

/**
 * Each error of S2's catalogue, answered by the embedded backend's fault switch, as the dashboard's API
 * and a panel show it (the table is in lib/upstream/README.md): the right status, `{code, message}`,
 * Retry-After passed on for what S2 marks retryable, and a retryable fault that clears within the
 * proxy's retries never reaches the user at all.
 */

test.describe.configure({ mode: "serial", timeout: 120_000 });

const BASIN = "analytics-raw";
let stack: IsolatedStack;
let cookie: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stack = await startIsolatedStack({ requestTimeoutMs: 3_000 });
  cookie = await sessionCookieForToken(DEMO_TOKEN);
});

test.afterAll(async () => {
  await stack?.close();
});

async function setFault(request: APIRequestContext, fault: Record<string, unknown> | null) {
  const response =
    fault === null
      ? await request.delete(`${stack.s2Url}/local/faults`)
      : await request.put(`${stack.s2Url}/local/faults`, {
          data: { ...fault, pathPrefix: `/v1/metrics/${BASIN}` },
        });
  expect(response.ok()).toBe(true);
}

function metricsPath(): string {
  const end = Math.floor(Date.now() / 1000 / 60) * 60;
  return `/api/metrics/${BASIN}?set=read-ops&start=${end - 3_600}&end=${end}&interval=minute`;
}

const apiGet = (request: APIRequestContext, path: string) =>
  request.get(`${stack.appUrl}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });

// S2 code -> what the dashboard's API answers. `retryAfter`: S2's Retry-After is passed on.
const CATALOGUE: { s2: string; status: number; code: string; message: string; retryAfter: boolean }[] = [
  {
    s2: "quota_exhausted",
    status: 403,
    code: "quota_exhausted",
    message: "The S2 account's quota is used up: S2 refuses this until the quota resets or is raised",
    retryAfter: false,
  },
  {
    s2: "stream_not_found",
    status: 404,
    code: "stream_not_found",
    message: "injected fault: stream_not_found",
    retryAfter: false,
  },
  {
    s2: "request_timeout",
    status: 504,
    code: "gateway_timeout",
    message: "S2 gave up on the request before answering; try again",
    retryAfter: false,
  },
  {
    s2: "rate_limited",
    status: 429,
    code: "rate_limited",
    message: "S2 is limiting the rate of requests; try again shortly",
    retryAfter: true,
  },
  {
    s2: "client_hangup",
    status: 502,
    code: "bad_gateway",
    message: "The connection to S2 was cut before it answered; try again",
    retryAfter: false,
  },
  {
    s2: "hot_server",
    status: 503,
    code: "unavailable",
    message: "S2 is overloaded; try again shortly",
    retryAfter: true,
  },
  {
    s2: "unavailable",
    status: 503,
    code: "unavailable",
    message: "S2 is unavailable; try again shortly",
    retryAfter: true,
  },
  {
    s2: "server_draining",
    status: 503,
    code: "unavailable",
    message: "S2 is restarting; try again shortly",
    retryAfter: true,
  },
  {
    s2: "upstream_timeout",
    status: 504,
    code: "gateway_timeout",
    message: "S2 timed out inside before answering; try again",
    retryAfter: false,
  },
];

test("each S2 error becomes the documented status, code and message, with Retry-After where S2 marks it retryable", async ({
  request,
}) => {
  for (const c of CATALOGUE) {
    // Retry-After longer than the proxy's 3 s budget: passed on at once, never waited out.
    await setFault(request, { kind: "s2_error", code: c.s2, retryAfter: 30 });
    const failed = await apiGet(request, metricsPath());
    expect([c.s2, failed.status()]).toEqual([c.s2, c.status]);
    expect(await failed.json()).toEqual({ code: c.code, message: c.message });
    expect([c.s2, failed.headers()["retry-after"]]).toEqual([c.s2, c.retryAfter ? "30" : undefined]);
  }
  await setFault(request, null);
});

test("a retryable S2 error that clears within the proxy's retries never reaches the user", async ({
  request,
}) => {
  for (const s2 of ["rate_limited", "hot_server", "server_draining"]) {
    await setFault(request, { kind: "s2_error", code: s2, times: 2 });
    const response = await apiGet(request, metricsPath());
    expect([s2, response.status()]).toEqual([s2, 200]);
  }
  // Not retryable: the same one-off fault is the user's answer.
  await setFault(request, { kind: "s2_error", code: "upstream_timeout", times: 1 });
  expect((await apiGet(request, metricsPath())).status()).toBe(504);
  await setFault(request, null);
});

async function openBasinView(page: Page) {
  await page.context().addCookies([{ name: SESSION_COOKIE, value: cookie, url: stack.appUrl }]);
  await page.goto(`${stack.appUrl}/basins/${BASIN}?range=1h`);
}

test("a panel whose set hits the account's quota says so", async ({ page, request }) => {
  await request.put(`${stack.s2Url}/local/faults`, {
    data: {
      kind: "s2_error",
      code: "quota_exhausted",
      pathPrefix: `/v1/metrics/${BASIN}`,
      urlContains: "set=read-ops",
    },
  });
  try {
    await openBasinView(page);
    const failing = panel(page, "read-ops");
    await failing.scrollIntoViewIfNeeded();
    await expect(failing.getByRole("alert")).toContainText("quota is used up");
  } finally {
    await setFault(request, null);
  }
});
