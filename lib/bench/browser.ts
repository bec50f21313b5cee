import { type Browser, type BrowserContext, chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "@/lib/cli/chromium-path";

/** Debian's Chromium, as the e2e tests drive it (never a downloaded browser build). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** A fresh context at a desktop size, signed in with `cookie` (`name=value`) when given. */
export async function newContext(browser: Browser, appUrl: string, cookie?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1_280, height: 900 } });
  if (cookie) {
    const at = cookie.indexOf("=");
    await context.addCookies([
      {
        name: cookie.slice(0, at),
        value: cookie.slice(at + 1),
        url: appUrl,
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
  }
  return context;
}
