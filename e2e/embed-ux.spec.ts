import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import { contrastRatio } from "@/components/theme/contrast";
import type { EmbedMintInput } from "@/lib/embed/mint-request";
import { APP_ORIGIN, mintForPortal, PORTAL_ORIGIN } from "./helpers/portal";

/**
 * Embeds as a portal's reader meets them: transparent embeds on a dark portal draw light text (the
 * portal says so, or the theme fixes it), a token that lets viewers change the range puts a compact
 * picker in the frame (and one that does not, none), and ranges read as the app words them.
 *
 * The portal page appears on the portal origin the app allows without taking the portal's port, so this
 * file does not compete with embed.spec.ts for it.
 */

const BASIN = "prod-events";
const PORTAL_BG = "#0f172a";

function darkPortal(src: string, opts: { announceScheme: boolean }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dark portal</title>
<style>
  body { margin: 0; background: ${PORTAL_BG}; color: #e2e8f0; font: 14px system-ui, sans-serif; }
  main { padding: 24px; } iframe { display: block; width: 760px; height: 150px; border: 0; }
</style></head>
<body><main><h1>Ops portal</h1><iframe id="embed" title="S2 metrics" src="${src.replaceAll('"', "&quot;")}"></iframe></main>
<script>
  window.embedMessages = [];
  addEventListener("message", function (event) {
    if (event.origin !== ${JSON.stringify(APP_ORIGIN)}) return;
    window.embedMessages.push(event.data);
    var frame = document.getElementById("embed");
    if (event.data.type === "s2-embed:size") frame.style.height = event.data.height + "px";
    if (event.data.type === "s2-embed:ready" && ${opts.announceScheme})
      frame.contentWindow.postMessage({ type: "s2-embed:set-scheme", version: 1, scheme: "dark" }, ${JSON.stringify(APP_ORIGIN)});
  });
</script></body></html>`;
}

/**
 * The page is made by a loopback server of this file's own, and Playwright sends the portal origin's
 * request there: the browser sees the allowed portal origin, answered from a loopback address (a page
 * fulfilled by Playwright itself has no address, and Chromium's local network checks then refuse the
 * loopback frame).
 */
let pages: Server;
let pagesUrl = "";
test.beforeAll(async () => {
  pages = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = darkPortal(url.searchParams.get("src") ?? "", {
      announceScheme: url.searchParams.get("announce") === "1",
    });
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => pages.close(resolve));
});

async function openInDarkPortal(page: Page, src: string, announceScheme: boolean): Promise<FrameLocator> {
  await page.route(`${PORTAL_ORIGIN}/dark-portal*`, (route) =>
    route.continue({
      url: pagesUrl + new URL(route.request().url()).pathname + new URL(route.request().url()).search,
    }),
  );
  const query = new URLSearchParams({ src, announce: announceScheme ? "1" : "0" });
  await page.goto(`${PORTAL_ORIGIN}/dark-portal?${query}`);
  return page.frameLocator("#embed");
}

const chart = (input: Partial<EmbedMintInput>): EmbedMintInput => ({
  target: { level: "basin", basin: BASIN },
  chart: "append-ops",
  range: { kind: "relative", seconds: 86_400 },
  parent: PORTAL_ORIGIN,
  ...input,
});

/** `rgb(r, g, b)` to `#rrggbb`. */
function hex(rgb: string): string {
  const parts = rgb.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
  return `#${parts.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

async function expectLightTextOnPortal(frame: FrameLocator) {
  const section = frame.locator('section[data-set="append-ops"]');
  await expect(section.locator("rect[data-bucket]").first()).toBeVisible();
  await expect(frame.locator("html")).toHaveClass(/dark/);
  // Nothing of the frame's own paints over the portal.
  expect(await frame.locator("html").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    "rgba(0, 0, 0, 0)",
  );
  expect(await frame.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    "rgba(0, 0, 0, 0)",
  );
  for (const text of [section.getByRole("heading", { level: 2 }), frame.getByTestId("embed-range")]) {
    const color = hex(await text.evaluate((el) => getComputedStyle(el).color));
    expect(contrastRatio(color, PORTAL_BG), `${color} on ${PORTAL_BG}`).toBeGreaterThanOrEqual(4.5);
  }
}

test("a transparent embed in a dark portal draws light text once the portal names its scheme", async ({
  page,
  request,
}) => {
  const minted = await mintForPortal(request, chart({ theme: "transparent" }));
  const frame = await openInDarkPortal(page, minted.url, true);
  await expectLightTextOnPortal(frame);
  await expect(frame.locator("[data-embed-root]")).toHaveAttribute("data-embed-scheme", "dark");
});

test("a transparent embed follows the reader's dark system scheme when the portal says nothing", async ({
  page,
  request,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const minted = await mintForPortal(request, chart({ theme: "transparent" }));
  await expectLightTextOnPortal(await openInDarkPortal(page, minted.url, false));
});

test("transparent-dark is dark whatever the system says", async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const minted = await mintForPortal(request, chart({ theme: "transparent-dark" }));
  await expectLightTextOnPortal(await openInDarkPortal(page, minted.url, false));
});

test("a transparent embed in light mode keeps dark text (the light portal case)", async ({
  page,
  request,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  const minted = await mintForPortal(request, chart({ theme: "transparent" }));
  const frame = await openInDarkPortal(page, minted.url, false);
  await expect(frame.locator('section[data-set="append-ops"] rect[data-bucket]').first()).toBeVisible();
  await expect(frame.locator("html")).not.toHaveClass(/dark/);
});

test("viewers may change the range: a picker in the frame changes it, and the data follows", async ({
  page,
  request,
}) => {
  const minted = await mintForPortal(
    request,
    chart({ rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 } }),
  );
  const asked: { start: number; end: number }[] = [];
  const lastSpan = () => {
    const last = asked.at(-1);
    return last === undefined ? 0 : last.end - last.start;
  };
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname === `/api/embed/metrics/${BASIN}` && url.searchParams.get("set") === "append-ops")
      asked.push({ start: Number(url.searchParams.get("start")), end: Number(url.searchParams.get("end")) });
  });
  const frame = await openInDarkPortal(page, minted.url, false);
  const picker = frame.getByLabel("Range");
  await expect(picker).toBeVisible();
  // The app's words ("Last 24 hours", never "Last day"), and only ranges within the 7-day lookback.
  await expect(picker.locator("option")).toHaveText(["Last hour", "Last 6 hours", "Last 24 hours"]);
  await expect(picker).toHaveValue("24h");
  await expect(frame.locator("rect[data-bucket]").first()).toBeVisible();
  expect(lastSpan()).toBeGreaterThanOrEqual(86_400);

  await picker.selectOption({ label: "Last 6 hours" });
  await expect(picker).toHaveValue("6h");
  await expect.poll(lastSpan).toBeLessThan(7 * 3_600);
  expect(lastSpan()).toBeGreaterThanOrEqual(6 * 3_600);
  await expect(frame.locator("rect[data-bucket]").first()).toBeVisible();
  // The portal hears of it as of any other range change.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (
          window as unknown as { embedMessages: { type: string; range?: { relativeSeconds: number } }[] }
        ).embedMessages
          .filter((m) => m.type === "s2-embed:range")
          .map((m) => m.range?.relativeSeconds),
      ),
    )
    .toContain(6 * 3_600);
});

test("a locked range has no picker, and says its range as the app does", async ({ page, request }) => {
  const minted = await mintForPortal(request, chart({}));
  const frame = await openInDarkPortal(page, minted.url, false);
  await expect(frame.locator("rect[data-bucket]").first()).toBeVisible();
  await expect(frame.getByTestId("embed-range")).toHaveText("Last 24 hours");
  await expect(frame.getByTestId("embed-range-picker")).toHaveCount(0);
  await expect(frame.getByLabel("Range")).toHaveCount(0);
});
