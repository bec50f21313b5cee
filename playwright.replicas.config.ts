import { defineConfig, devices } from "@playwright/test";
import { REPLICA_A } from "./e2e/replicas/settings";
import { chromiumLaunchOptions } from "./lib/cli/chromium-path";

/**
 * Two dashboard replicas (A and B, one build) sharing a PostgreSQL database, a redis-server and secrets,
 * in front of one embedded backend behind a counting proxy: e2e/replicas/global-setup.ts starts them all.
 * The specs drive Debian's Chromium, as the main e2e run does. One worker: the fault specs stop the shared
 * services, which every other spec would feel.
 */
export default defineConfig({
  testDir: "e2e/replicas",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/replicas/global-setup.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results-replicas",
  reporter: [["list"]],
  use: {
    baseURL: REPLICA_A,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
});
