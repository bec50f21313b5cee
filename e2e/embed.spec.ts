import { copyFileSync } from "node:fs";
import {
  expect,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
  type TestInfo,
  test,
} from "@playwright/test";
import type { EmbedTheme } from "@/lib/embed/embed-spec";
import { embedPath } from "@/lib/embed/embed-url";
import type { EmbedMintInput } from "@/lib/embed/mint-request";
import { DEMO_TOKEN, E2E_AUTH_SECRET, signInWithDemo } from "./helpers/auth";
import {
  APP_ORIGIN,
  FOREIGN_PORTAL_ORIGIN,
  mintForPortal,
  PORTAL_ORIGIN,
  type Portal,
  startPortal,
} from "./helpers/portal";

/**
 * Embedding in a portal on another origin: a minted embed renders inside the portal's iframe with data,
 * talks to its parent by postMessage, takes range and theme changes from it, and is authorised by its
 * link alone and only for what its record names; anyone not on EMBED_ALLOWED_ORIGINS cannot frame anything.
 * Links are `/embed/<id>.<signature>`: the record (and its sealed S2 token) lives in the dashboard's store,
 * and revoking it on the Embeds page stops the frame.
 */

// One portal server on a fixed port (it is on the app's allowlist), so the tests of this file take turns.
test.describe.configure({ mode: "serial" });

let portal: Portal;
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(async () => {
  await portal.close();
});

const BASIN = "prod-events";
const chartOf = (frame: FrameLocator, set: string) => frame.locator(`section[data-set="${set}"]`);
/** A drawn bar (a bucket with data); a bar too thin to see does not count. */
const firstBar = (chart: Locator) => chart.locator("rect[data-bucket]").filter({ visible: true }).first();

const appendOpsChart = (input: Partial<EmbedMintInput> = {}): EmbedMintInput => ({
  target: { level: "basin", basin: BASIN },
  chart: "append-ops",
  range: { kind: "relative", seconds: 86_400 },
  parent: PORTAL_ORIGIN,
  ...input,
});

interface RecordedMessage {
  origin: string;
  data: { type?: string; [key: string]: unknown };
}

async function portalMessages(page: Page, type?: string): Promise<RecordedMessage[]> {
  const all = await page.evaluate(
    () => (window as unknown as { embedMessages: RecordedMessage[] }).embedMessages,
  );
  return type === undefined ? all : all.filter((m) => m.data?.type === type);
}

async function postToEmbed(page: Page, message: unknown): Promise<void> {
  await page.evaluate(
    ([m, origin]) =>
      (window as unknown as { postToEmbed(m: unknown, o: string): void }).postToEmbed(m, origin),
    [message, APP_ORIGIN] as const,
  );
}

/** The embed data requests the page's frames make, as `{set, start, end}`. */
function recordEmbedRequests(page: Page) {
  const seen: { path: string; set: string; start: number; end: number }[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith("/api/embed/metrics")) return;
    seen.push({
      path: url.pathname,
      set: url.searchParams.get("set") ?? "",
      start: Number(url.searchParams.get("start")),
      end: Number(url.searchParams.get("end")),
    });
  });
  return seen;
}

/**
 * Whether a data request covers the last `seconds`: the frame moves each window's start down to a boundary
 * of the interval it asks (by minute or hour for these spans), so the first bar is a whole bucket.
 */
function spans(r: { start: number; end: number }, seconds: number): boolean {
  const extra = r.end - r.start - seconds;
  return extra >= 0 && extra < 3_600 && r.start % 60 === 0;
}

/** Attached to the report, and copied to /tmp for a look without opening it. */
async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
  copyFileSync(path, `/tmp/${name}.png`);
}

function childFrame(page: Page): Frame {
  const frame = page.mainFrame().childFrames()[0];
  if (!frame) throw new Error("the portal has no iframe");
  return frame;
}

test("a minted chart renders with data in the allowed portal and reports its height and range to it", async ({
  page,
  request,
}) => {
  const minted = await mintForPortal(request, appendOpsChart());
  const requests = recordEmbedRequests(page);
  await page.goto(portal.url(minted.url));
  const frame = page.frameLocator("#embed");
  await expect(firstBar(chartOf(frame, "append-ops"))).toBeVisible();
  // Chromeless: none of the dashboard's navigation.
  await expect(frame.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expect(frame.getByRole("link", { name: "S2 metrics" })).toHaveCount(0);

  await expect.poll(async () => (await portalMessages(page, "s2-embed:size")).length).toBeGreaterThan(0);
  const sizes = await portalMessages(page, "s2-embed:size");
  const last = sizes.at(-1);
  expect(last?.origin).toBe(APP_ORIGIN);
  expect(Number(last?.data.height)).toBeGreaterThan(300);
  // The portal fitted the iframe to the reported height: the frame's content is not cut off.
  await expect
    .poll(async () => Math.round((await page.locator("#embed").boundingBox())?.height ?? 0))
    .toBe(Number((await portalMessages(page, "s2-embed:size")).at(-1)?.data.height));

  const ranges = await portalMessages(page, "s2-embed:range");
  expect(ranges.at(-1)?.data.range).toMatchObject({ relativeSeconds: 86_400 });
  expect((await portalMessages(page, "s2-embed:ready"))[0]?.data).toMatchObject({
    id: minted.id,
    kind: "chart",
    rangeChangeAllowed: false,
  });
  expect(requests.every((r) => r.path === `/api/embed/metrics/${BASIN}` && r.set === "append-ops")).toBe(
    true,
  );
  expect(requests[0] && spans(requests[0], 86_400)).toBe(true);
});

test("a range change posted by the parent is applied when the token allows it, refused when not", async ({
  page,
  request,
}) => {
  const changeable = await mintForPortal(
    request,
    appendOpsChart({ rangeChange: { allowed: true, lookbackSeconds: 30 * 86_400 } }),
  );
  const requests = recordEmbedRequests(page);
  await page.goto(portal.url(changeable.url));
  const frame = page.frameLocator("#embed");
  await expect(firstBar(chartOf(frame, "append-ops"))).toBeVisible();
  await expect.poll(async () => (await portalMessages(page, "s2-embed:ready")).length).toBe(1);

  await postToEmbed(page, { type: "s2-embed:set-range", range: { preset: "1h" } });
  await expect.poll(() => requests.some((r) => spans(r, 3_600))).toBe(true);
  // The frame's own range picker (viewers may change the range) follows what the portal set.
  await expect(frame.getByTestId("embed-range-picker").locator("option:checked")).toHaveText("Last hour");
  await expect
    .poll(async () => (await portalMessages(page, "s2-embed:range")).at(-1)?.data.range)
    .toMatchObject({ relativeSeconds: 3_600 });

  // Beyond the token's lookback: refused in the frame, with a reason for the parent, and not fetched.
  const before = requests.length;
  const now = Math.floor(Date.now() / 1000);
  await postToEmbed(page, {
    type: "s2-embed:set-range",
    range: { start: now - 60 * 86_400, end: now - 59 * 86_400 },
  });
  await expect
    .poll(async () => (await portalMessages(page, "s2-embed:error")).at(-1)?.data)
    .toMatchObject({ code: "range_refused" });
  expect(requests.length).toBe(before);

  // A theme change is applied too.
  await postToEmbed(page, { type: "s2-embed:set-theme", theme: "dark" });
  await expect(frame.locator("html")).toHaveClass(/dark/);

  // The same message to a locked embed changes nothing.
  const locked = await mintForPortal(request, appendOpsChart());
  await page.goto(portal.url(locked.url));
  await expect(firstBar(chartOf(frame, "append-ops"))).toBeVisible();
  await expect.poll(async () => (await portalMessages(page, "s2-embed:ready")).length).toBe(1);
  const lockedBefore = requests.length;
  await postToEmbed(page, { type: "s2-embed:set-range", range: { preset: "1h" } });
  await expect
    .poll(async () => (await portalMessages(page, "s2-embed:error")).at(-1)?.data)
    .toMatchObject({ code: "range_locked" });
  expect(requests.slice(lockedBefore).every((r) => spans(r, 86_400))).toBe(true);
});

test("a portal on an origin not on the list cannot frame an embed", async ({ page, request }) => {
  const minted = await mintForPortal(request, appendOpsChart());
  const response = await request.get(minted.url);
  expect(response.status()).toBe(200);
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain(`frame-ancestors ${PORTAL_ORIGIN}`);
  expect(csp).not.toContain(FOREIGN_PORTAL_ORIGIN);
  expect(response.headers()["x-frame-options"]).toBeUndefined();

  const embedResponses: number[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.startsWith("/embed/")) embedResponses.push(r.status());
  });
  await page.goto(portal.url(minted.url, { foreign: true }));
  await expect.poll(() => embedResponses.length).toBeGreaterThan(0);
  // Chromium refuses to render it: the frame holds its own error page, never the embed.
  await expect.poll(() => childFrame(page).url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#embed").locator("[data-embed-root]")).toHaveCount(0);
  expect(await portalMessages(page)).toEqual([]);
});

test("the dashboard itself cannot be framed, and embeds get the same policy but for frame-ancestors", async ({
  page,
  request,
}) => {
  const dashboardCsp = (await request.get("/sign-in")).headers()["content-security-policy"] ?? "";
  expect(dashboardCsp).toContain("frame-ancestors 'none'");
  for (const path of ["/api/health", "/embedded", "/api/embed/share"]) {
    expect((await request.get(path)).headers()["content-security-policy"], path).toContain(
      "frame-ancestors 'none'",
    );
  }
  const minted = await mintForPortal(request, appendOpsChart());
  const embedCsp = (await request.get(minted.url)).headers()["content-security-policy"] ?? "";
  // Each response has its own nonce; apart from it and frame-ancestors the two policies are one.
  const withoutFrameAncestors = (csp: string) =>
    csp
      .replace(/'nonce-[^']+'/, "'nonce'")
      .split(";")
      .map((d) => d.trim())
      .filter((d) => !d.startsWith("frame-ancestors"));
  expect(withoutFrameAncestors(embedCsp)).toEqual(withoutFrameAncestors(dashboardCsp));
  expect((await request.get("/embed/diagnostics")).headers()["content-security-policy"]).toContain(
    `frame-ancestors ${PORTAL_ORIGIN}`,
  );

  // Even the allowed portal cannot frame the dashboard's pages.
  await page.goto(portal.url(`${APP_ORIGIN}/sign-in`));
  await expect.poll(() => childFrame(page).url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#embed").getByRole("button", { name: "Sign in" })).toHaveCount(0);
});

test("a tampered, a previous version's and a malformed link show a small error in the frame and no data", async ({
  page,
  request,
}) => {
  const minted = await mintForPortal(request, appendOpsChart());
  const [id = "", signature = ""] = minted.token.split(".");
  const tampered = `${id}.${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`;
  // What the previous version put in a link: a compact JWE (`header..iv.ciphertext.tag`).
  const previous = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXYtaXYtaXYt.Y2lwaGVydGV4dA.dGFnLXRhZy10YWc";
  const requests = recordEmbedRequests(page);
  for (const [token, words] of [
    [tampered, /not valid/],
    [previous, /earlier version/],
    ["not-a-token", /incomplete/],
  ] as const) {
    await page.goto(portal.url(`${APP_ORIGIN}${embedPath(token, PORTAL_ORIGIN)}`));
    const frame = page.frameLocator("#embed");
    await expect(frame.getByTestId("embed-problem")).toContainText(words);
    await expect(frame.locator("section[data-set]")).toHaveCount(0);
    await expect
      .poll(async () => (await portalMessages(page, "s2-embed:error")).at(-1)?.data)
      .toMatchObject({ code: "embed_token" });
    const api = await request.get(
      `/api/embed/metrics/${BASIN}?set=append-ops&start=${Math.floor(Date.now() / 1000) - 3_600}&end=${Math.floor(Date.now() / 1000)}`,
      { headers: { authorization: `Embed ${token}` } },
    );
    expect(api.status()).toBe(401);
    expect(await api.json()).toMatchObject({ code: "authn", message: expect.stringMatching(words) });
  }
  expect(requests).toEqual([]);
});

test("an embed token cannot fetch another basin's, set's or range's metrics through the proxy", async ({
  request,
}) => {
  const minted = await mintForPortal(
    request,
    appendOpsChart({ range: { kind: "relative", seconds: 3_600 } }),
  );
  const auth = { authorization: `Embed ${minted.token}` };
  const end = Math.floor(Date.now() / 1000);
  const query = (set: string, start: number) => `set=${set}&start=${start}&end=${end}&interval=minute`;

  const own = await request.get(`/api/embed/metrics/${BASIN}?${query("append-ops", end - 3_600)}`, {
    headers: auth,
  });
  expect(own.status()).toBe(200);
  for (const path of [
    `/api/embed/metrics/iot-telemetry?${query("append-ops", end - 3_600)}`,
    `/api/embed/metrics/${BASIN}?${query("read-ops", end - 3_600)}`,
    `/api/embed/metrics/${BASIN}?${query("append-ops", end - 7_200)}`,
    `/api/embed/metrics?set=account-ops&start=${end - 3_600}&end=${end}`,
    `/api/embed/metrics/${BASIN}/${encodeURIComponent("orders/eu-west")}?set=storage&start=${end - 3_600}&end=${end}`,
  ]) {
    const response = await request.get(path, { headers: auth });
    expect(response.status(), path).toBe(403);
    expect(await response.json(), path).toMatchObject({
      code: "permission_denied",
      message: expect.any(String),
    });
  }
  // The session cookie of the dashboard is no way in either: the embed route reads only its header.
  expect(
    (await request.get(`/api/embed/metrics/${BASIN}?${query("append-ops", end - 3_600)}`)).status(),
  ).toBe(401);
});

test("Share -> Embed on a signed-in view makes a snippet that works in the portal", async ({
  page,
}, testInfo) => {
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/basins/${BASIN}?range=6h`);
  await expect(firstBar(page.locator('section[data-set="append-ops"]'))).toBeVisible();

  // The per-chart action opens the same dialog for one chart.
  await page.getByRole("button", { name: "Embed Append operations" }).click();
  await expect(page.getByRole("dialog", { name: "Embed this chart" })).toBeVisible();
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("menuitem", { name: "Embed this view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/Relative/)).toBeChecked();
  await dialog.getByText("Dark", { exact: true }).click();
  await dialog.getByRole("button", { name: "Create embed code" }).click();
  const snippet = dialog.getByTestId("embed-snippet");
  await expect(snippet).toBeVisible();
  await saveScreenshot(page, testInfo, "embed-share-dialog");
  const text = await snippet.inputValue();
  expect(text).toContain("<iframe src=");
  expect(text).not.toContain("s2-local-demo-token");
  const url = (await snippet.getAttribute("data-embed-url")) ?? "";
  expect(url).toContain(`parent=${encodeURIComponent(PORTAL_ORIGIN)}`);

  const viewer = await page.context().browser()?.newPage();
  if (!viewer) throw new Error("no browser");
  try {
    await viewer.goto(portal.url(url, { width: "1100px" }));
    const frame = viewer.frameLocator("#embed");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(BASIN);
    await expect(frame.locator("section[data-set]")).toHaveCount(6);
    await expect(firstBar(chartOf(frame, "append-ops"))).toBeVisible();
    await expect(frame.getByTestId("embed-range")).toHaveText("Last 6 hours");
    await expect(frame.locator("html")).toHaveClass(/dark/);
    await expect(frame.locator("section[data-set] svg").first()).toBeVisible();
    // The link names a record; the author's S2 token stays sealed in the store: no form of it in the
    // link, and no page or payload of the frame shows it.
    for (const spelling of tokenSpellings(DEMO_TOKEN)) expect(url).not.toContain(spelling);
    const served = await viewer.request.get(url);
    const rsc = await viewer.request.get(url, { headers: { RSC: "1" } });
    for (const body of [await served.text(), await rsc.text()])
      expect(body).not.toContain("s2-local-demo-token");
    await saveScreenshot(viewer, testInfo, "embed-view-dark");
  } finally {
    await viewer.close();
  }
});

/** Every spelling of a token a link could smuggle it in. */
function tokenSpellings(token: string): string[] {
  const bytes = Buffer.from(token, "utf8");
  return [
    token,
    encodeURIComponent(token),
    bytes.toString("base64"),
    bytes.toString("base64url"),
    bytes.toString("base64").replace(/=+$/, ""),
    bytes.toString("hex"),
  ];
}

test("share -> the link works in the portal -> revoke on the Embeds page -> the frame says revoked", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/basins/${BASIN}?range=6h`);
  await page.getByRole("button", { name: "Embed Append operations" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this chart" });
  await dialog.getByRole("button", { name: "Create embed code" }).click();
  const snippet = dialog.getByTestId("embed-snippet");
  await expect(snippet).toBeVisible();
  const url = (await snippet.getAttribute("data-embed-url")) ?? "";
  const link = /\/embed\/([\w-]{22})\.[\w-]{43}\?/.exec(url);
  expect(link, url).not.toBeNull();
  const id = link?.[1] ?? "";
  for (const spelling of tokenSpellings(DEMO_TOKEN)) expect(url).not.toContain(spelling);

  const viewer = await page.context().browser()?.newPage();
  if (!viewer) throw new Error("no browser");
  try {
    await viewer.goto(portal.url(url));
    const frame = viewer.frameLocator("#embed");
    await expect(firstBar(chartOf(frame, "append-ops"))).toBeVisible();

    // The Share dialog leads to the Embeds page, which lists the embed with its one view.
    await dialog.getByRole("link", { name: "Manage your embeds" }).click();
    await expect(page).toHaveURL(/\/embeds$/);
    const card = page.locator(`li[data-embed-id="${id}"]`);
    await expect(card).toContainText("Append operations chart of basin prod-events");
    await expect(card.getByTestId("embed-status")).toHaveText("Active");
    await expect(card.getByTestId("embed-views")).toHaveText("1");
    await card.getByRole("button", { name: /^Revoke / }).click();
    await card.getByRole("button", { name: "Yes, revoke" }).click();
    await expect(card.getByTestId("embed-status")).toHaveText("Revoked");
    await expect(card.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

    // The portal's next load shows the revocation, and the frame's data route refuses the link.
    await viewer.reload();
    await expect(frame.getByTestId("embed-problem")).toContainText(/revoked/);
    await expect(frame.locator("section[data-set]")).toHaveCount(0);
    const token = url.slice(url.indexOf("/embed/") + 7, url.indexOf("?"));
    const end = Math.floor(Date.now() / 1000);
    const api = await viewer.request.get(
      `${APP_ORIGIN}/api/embed/metrics/${BASIN}?set=append-ops&start=${end - 3_600}&end=${end}`,
      { headers: { authorization: `Embed ${token}` } },
    );
    expect(api.status()).toBe(401);
    expect(await api.json()).toMatchObject({ code: "authn", message: expect.stringMatching(/revoked/) });
  } finally {
    await viewer.close();
  }
});

test("the Embeds page fits a 375 px screen in dark mode, and lists nothing of anyone else", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page).toHaveURL(/\/$/);
  const overflowOf = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await expect(page.getByRole("link", { name: "Embeds" })).toBeVisible();
  expect(await overflowOf()).toBeLessThanOrEqual(0);
  await page.getByRole("link", { name: "Embeds" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Embeds" })).toBeVisible();
  await expect(page.getByText(/Loading/)).toHaveCount(0);
  expect(await overflowOf()).toBeLessThanOrEqual(0);
  // Embeds minted by the mint API belong to "mint-api", not to this user.
  await expect(page.getByText("mint API", { exact: false })).toHaveCount(0);
  await saveScreenshot(page, testInfo, "embeds-page-375-dark");
});

test("the diagnostics page explains, for an origin, whether it may frame embeds", async ({ page }) => {
  // The configuration behind the verdict is for signed-in users (e2e/request-hygiene.spec.ts: anonymous).
  await page.goto("/sign-in");
  await signInWithDemo(page);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto(`/embed/diagnostics?origin=${encodeURIComponent(FOREIGN_PORTAL_ORIGIN)}`);
  await expect(page.getByTestId("origin-verdict")).toHaveAttribute("data-allowed", "no");
  await expect(page.getByTestId("allowed-origins")).toHaveText(PORTAL_ORIGIN);
  await page.getByLabel("Portal origin").fill(`${PORTAL_ORIGIN}/`);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("origin-verdict")).toHaveAttribute("data-allowed", "yes");
  await expect(page.getByTestId("origin-verdict")).toContainText(`compared as ${PORTAL_ORIGIN}`);
  const html = await page.content();
  expect(html).not.toContain(E2E_AUTH_SECRET);
});

for (const theme of ["light", "dark", "transparent"] as const satisfies readonly EmbedTheme[]) {
  test(`screenshot: a chart embedded in ${theme} mode`, async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 900, height: 760 });
    const minted = await mintForPortal(
      request,
      appendOpsChart({ theme, chart: "storage", range: { kind: "relative", seconds: 7 * 86_400 } }),
    );
    await page.goto(portal.url(minted.url));
    const frame = page.frameLocator("#embed");
    await expect(frame.locator(".recharts-line-curve, .recharts-area-curve").first()).toBeVisible();
    await expect.poll(async () => (await portalMessages(page, "s2-embed:size")).length).toBeGreaterThan(0);
    // Let the fitted height settle before taking the picture.
    await expect
      .poll(async () => Math.round((await page.locator("#embed").boundingBox())?.height ?? 0))
      .toBe(Number((await portalMessages(page, "s2-embed:size")).at(-1)?.data.height));
    await saveScreenshot(page, testInfo, `embed-${theme}`);
  });
}
