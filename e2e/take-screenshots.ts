/**
 * Screenshots of every view at 1,280 and 375 px, light and dark, into public/screenshots/ (the README
 * shows some of them). Not a test: run it against a running dashboard with the embedded backend, the
 * demo token offered and embedding on (the e2e stack's settings), e.g.
 *
 *   APP_URL=http://127.0.0.1:3100 EMBED_MINT_SECRET=... PORTAL_ORIGIN=http://127.0.0.1:4400 \
 *     node --import tsx e2e/take-screenshots.ts
 *
 * Names: `<view>.png` (1,280 × 900, light), `<view>-dark.png`, `<view>-mobile.png` (375 × 812),
 * `<view>-mobile-dark.png`: the first screen of each, as a reader lands on it (the README's pictures).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "@/lib/cli/chromium-path";

const APP_URL = process.env.APP_URL ?? "http://127.0.0.1:3100";
const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? "public/screenshots");
const ONLY = process.env.ONLY?.split(",");

interface Shot {
  readonly name: string;
  readonly path: string | ((scheme: Scheme) => string);
  readonly signedIn: boolean;
}

type Scheme = "light" | "dark";

/** A view embed whose theme matches the screenshot's scheme (an embed does not follow the reader's). */
async function mintEmbed(theme: Scheme): Promise<string> {
  const response = await fetch(`${APP_URL}/api/embed/tokens`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${process.env.EMBED_MINT_SECRET ?? ""}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      target: { level: "basin", basin: "prod-events" },
      range: { kind: "relative", seconds: 86_400 },
      rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 },
      theme,
      ...(process.env.PORTAL_ORIGIN ? { parent: process.env.PORTAL_ORIGIN } : {}),
    }),
  });
  if (response.status !== 201)
    throw new Error(`minting answered ${response.status}: ${await response.text()}`);
  const { url } = (await response.json()) as { url: string };
  return new URL(url).pathname + new URL(url).search;
}

async function settle(page: Page): Promise<void> {
  await page.locator("h1, [data-embed-root]").first().waitFor({ timeout: 20_000 });
  // Every panel settled (loaded, empty or failed), and the lazily drawn charts drawn.
  await page.waitForFunction(
    () => document.querySelectorAll("section[data-set][aria-busy='true']").length === 0,
    null,
    {
      timeout: 30_000,
    },
  );
  // Charts draw as they come near the viewport: bring each one there and give it time to draw.
  for (const section of await page.locator("section[data-set]").all()) {
    await section.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(800);
}

async function shoot(browser: Browser, shots: readonly Shot[]): Promise<void> {
  for (const mobile of [false, true]) {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({
        viewport: mobile ? { width: 375, height: 812 } : { width: 1280, height: 900 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      let signedIn = false;
      for (const shot of shots) {
        if (ONLY && !ONLY.includes(shot.name)) continue;
        if (shot.signedIn && !signedIn) {
          await page.goto(`${APP_URL}/sign-in`);
          await page.getByRole("button", { name: "Use the demo token" }).click();
          await page.waitForURL(`${APP_URL}/`);
          signedIn = true;
        }
        await page.goto(`${APP_URL}${typeof shot.path === "string" ? shot.path : shot.path(scheme)}`);
        await settle(page);
        const file = `${shot.name}${mobile ? "-mobile" : ""}${scheme === "dark" ? "-dark" : ""}.png`;
        await page.screenshot({ path: path.join(OUT, file) });
        console.log(file);
      }
      await context.close();
    }
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const embeds = { light: await mintEmbed("light"), dark: await mintEmbed("dark") };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    // Signed-out views first, then sign in once per context for the rest.
    await shoot(browser, [
      { name: "sign-in", path: "/sign-in", signedIn: false },
      { name: "embed", path: (scheme) => embeds[scheme], signedIn: false },
      { name: "account", path: "/", signedIn: true },
      { name: "basin", path: "/basins/prod-events", signedIn: true },
      {
        name: "stream",
        path: "/basins/prod-events/streams/orders%2Feu-west",
        signedIn: true,
      },
      { name: "embeds", path: "/embeds", signedIn: true },
      { name: "not-found", path: "/basins/no-such-basin", signedIn: true },
    ]);
  } finally {
    await browser.close();
  }
}

await main();
