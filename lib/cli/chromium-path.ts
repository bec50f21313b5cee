import { existsSync } from "node:fs";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/** The browser the tests and benchmarks drive: `CHROMIUM_PATH`, else Debian's Chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH && env.CHROMIUM_PATH.length > 0 ? env.CHROMIUM_PATH : DEFAULT_CHROMIUM_PATH;
}

export function chromiumPresent(env: NodeJS.ProcessEnv = process.env): boolean {
  return existsSync(chromiumPath(env));
}

/**
 * The flags every Chromium we drive gets (e2e configs, benchmarks, screenshot scripts): no sandbox (root in
 * CI), no GPU, and nothing that reaches the network on its own. QUIC off so loopback HTTP stays plain.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Playwright `launchOptions` for Debian's Chromium with `CHROMIUM_ARGS`. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env) {
  return { executablePath: chromiumPath(env), args: [...CHROMIUM_ARGS] };
}
