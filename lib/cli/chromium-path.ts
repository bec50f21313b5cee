import { existsSync } from "node:fs";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/** The browser the tests and benchmarks drive: `CHROMIUM_PATH`, else Debian's Chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH && env.CHROMIUM_PATH.length > 0 ? env.CHROMIUM_PATH : DEFAULT_CHROMIUM_PATH;
}

export function chromiumPresent(env: NodeJS.ProcessEnv = process.env): boolean {
  return existsSync(chromiumPath(env));
}
