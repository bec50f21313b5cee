import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./lib/cli/chromium-path";

/**
 * e2e tests drive Debian's Chromium (never a downloaded browser build) against a production build of the
 * dashboard and a fresh embedded backend, both on loopback ports reserved for tests.
 */
export const E2E_S2_PORT = Number(process.env.E2E_S2_PORT ?? 4343);
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
const E2E_PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 4400);
const s2Url = `http://127.0.0.1:${E2E_S2_PORT}`;
const appUrl = `http://127.0.0.1:${E2E_APP_PORT}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // The two-replica specs need their own stack: playwright.replicas.config.ts.
  testIgnore: "replicas/**",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  // Charts load lazily and draw one per idle period; on a busy 2-core machine that can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: appUrl,
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
  webServer: [
    {
      command: `node --import tsx lib/local-s2/cli.ts --port ${E2E_S2_PORT} --data-dir .data/e2e-s2-${E2E_S2_PORT} --fresh --faults --tokens e2e/fixtures/local-s2-tokens.json`,
      url: `${s2Url}/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `next build && next start --hostname 127.0.0.1 --port ${E2E_APP_PORT}`,
      url: `${appUrl}/api/health`,
      // A cold production build on a busy 2-core machine can pass five minutes.
      timeout: 600_000,
      reuseExistingServer: false,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        S2_ACCOUNT_ENDPOINT: s2Url,
        S2_BASIN_ENDPOINT: s2Url,
        LOCAL_S2_URL: s2Url,
        AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
        AUTH_URL: appUrl,
        NEXTAUTH_URL: appUrl,
        // The embedded backend is in use: the sign-in page offers "Use the demo token".
        LOCAL_S2_DEMO: "1",
        LOCAL_S2_DEMO_TOKEN: "s2-local-demo-token",
        // Sign-in rate limit (e2e/sign-in-rate-limit.spec.ts): as behind one proxy, the last X-Forwarded-For
        // entry names the client, so that spec's clients are its own and other specs' sign-ins never count
        // against them. Requests without the header are the loopback client (Next fills in the socket).
        AUTH_TRUST_PROXY: "1",
        // Every spec signs in with the demo token, so they share one per-token S2 call budget; the 2,000-stream
        // ranking (e2e/breakdowns.spec.ts) alone is 2,000 calls. The budget's own behaviour has unit tests.
        S2_CALLS_PER_MINUTE: "20000",
        // Embedding (e2e/embed.spec.ts; must match e2e/helpers/portal.ts): the test portal on port 4400 may
        // frame embeds, portal backends mint with the mint secret for the scoped prod- token.
        EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${E2E_PORTAL_PORT}`,
        EMBED_MINT_SECRET: "e2e-only-mint-secret-not-for-production-0123456789",
        EMBED_S2_TOKEN: "e2e-scoped-prod-token",
      },
    },
  ],
});
