import { expect, test } from "@playwright/test";
import { type AppServer, startAppServer } from "./helpers/app-server";
import { S2_URL } from "./helpers/auth";

/**
 * HSTS is sent when the dashboard's public URL is https (behind a TLS-terminating proxy the app itself
 * still speaks http): a second server of the same build, configured with an https public URL.
 */

let app: AppServer;

test.beforeAll(async () => {
  app = await startAppServer(
    () => ({
      S2_BASIN_ENDPOINT: S2_URL,
      AUTH_URL: "https://metrics.example",
      NEXTAUTH_URL: "https://metrics.example",
    }),
    { name: "https-configured server" },
  );
});

test.afterAll(async () => {
  await app.close();
});

test("pages and routes send Strict-Transport-Security when the public URL is https", async ({ request }) => {
  for (const route of ["/sign-in", "/api/health", "/embed/diagnostics"]) {
    const response = await request.get(`${app.url}${route}`, { maxRedirects: 0 });
    expect(response.headers()["strict-transport-security"], route).toBe(
      "max-age=63072000; includeSubDomains",
    );
  }
});
