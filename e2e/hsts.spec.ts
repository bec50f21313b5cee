import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "@/lib/testing/services";
import { E2E_AUTH_SECRET, S2_URL } from "./helpers/auth";

/**
 * HSTS is sent when the dashboard's public URL is https (behind a TLS-terminating proxy the app itself
 * still speaks http): a second server of the same build, configured with an https public URL.
 */

let app: ChildProcess;
let appUrl: string;

test.beforeAll(async () => {
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  app = spawn(
    path.resolve("node_modules/.bin/next"),
    ["start", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      stdio: "ignore",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        S2_ACCOUNT_ENDPOINT: S2_URL,
        S2_BASIN_ENDPOINT: S2_URL,
        LOCAL_S2_URL: S2_URL,
        AUTH_SECRET: E2E_AUTH_SECRET,
        AUTH_URL: "https://metrics.example",
        NEXTAUTH_URL: "https://metrics.example",
      },
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${appUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (app.exitCode !== null || Date.now() > deadline)
      throw new Error("the https-configured server did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(async () => {
  if (app.exitCode === null) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
});

test("pages and routes send Strict-Transport-Security when the public URL is https", async ({ request }) => {
  for (const route of ["/sign-in", "/api/health", "/embed/diagnostics"]) {
    const response = await request.get(`${appUrl}${route}`, { maxRedirects: 0 });
    expect(response.headers()["strict-transport-security"], route).toBe(
      "max-age=63072000; includeSubDomains",
    );
  }
});
