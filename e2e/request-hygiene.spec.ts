import { request as httpRequest, type IncomingMessage } from "node:http";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { signInWithDemo } from "./helpers/auth";
import { APP_ORIGIN, E2E_MINT_SECRET, PORTAL_ORIGIN } from "./helpers/portal";

/**
 * What a hostile or broken client gets from the real server: large bodies refused before they are read,
 * malformed paths answered cleanly with the security headers, and pages whose scripts run under a nonce
 * CSP (no 'unsafe-inline') without a single violation.
 */

const MINT_ROUTES: readonly { path: string; headers: Record<string, string> }[] = [
  { path: "/api/embed/share", headers: {} },
  { path: "/api/embed/tokens", headers: { authorization: `Bearer ${E2E_MINT_SECRET}` } },
];

interface Answer {
  status: number;
  body: string;
  /** Bytes of the body written before the answer came. */
  written: number;
}

/**
 * Starts a POST that declares (or streams) a huge body and writes it a chunk at a time until the server
 * answers. A server that read the whole body before answering would never answer within the cap, so the
 * answer arriving with only a little written proves it refused without reading.
 */
function hugeUpload(path: string, headers: Record<string, string>, declare: boolean): Promise<Answer> {
  const total = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(`${APP_ORIGIN}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(declare ? { "content-length": String(total) } : { "transfer-encoding": "chunked" }),
        ...headers,
      },
    });
    req.on("response", (res: IncomingMessage) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (part: string) => {
        body += part;
      });
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, written });
        req.destroy();
      });
    });
    // The server may close the connection on a refused upload before this side stops writing.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    req.flushHeaders();
    pump();
  });
}

test.describe("request bodies", () => {
  for (const route of MINT_ROUTES) {
    test(`${route.path} refuses a declared 100 MB body with 413 without reading it`, async () => {
      const answer = await hugeUpload(route.path, route.headers, true);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ code: "payload_too_large" });
      expect(answer.written).toBeLessThan(100 * 1024 * 1024);
    });

    test(`${route.path} stops reading a chunked body past the cap with 413`, async () => {
      const answer = await hugeUpload(route.path, route.headers, false);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ code: "payload_too_large" });
      expect(answer.written).toBeLessThan(100 * 1024 * 1024);
    });
  }

  test("the server still answers normally afterwards", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.ok()).toBe(true);
  });
});

function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["content-security-policy"], label).toContain("default-src 'self'");
}

test.describe("malformed percent-encoding", () => {
  for (const path of [
    "/api/metrics/%ff",
    "/api/basins/%ff",
    "/api/basins/%ff/streams",
    "/api/auth/%ff",
    "/api/embed/metrics/%ff",
    "/api/metrics/a%e2%82",
  ]) {
    test(`${path} answers 400 {code, message} with the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ code: "bad_path", message: expect.any(String) });
      expectSecurityHeaders(response, path);
    });
  }

  for (const path of ["/basins/%ff", "/basins/ok/streams/%ff", "/embed/%ff", "/%ff"]) {
    test(`${path} shows the not-found page with the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Nothing here");
      expectSecurityHeaders(response, path);
    });
  }
});

test.describe("query parameters", () => {
  for (const name of ["__proto__", "constructor", "prototype"]) {
    test(`${name} is refused like any other unknown parameter`, async ({ request }) => {
      const now = Math.floor(Date.now() / 1000);
      for (const path of [
        `/api/metrics?set=active-basins&start=${now - 3600}&end=${now}&${name}=x`,
        `/api/basins?${name}=x`,
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(400);
        expect(await response.json(), path).toMatchObject({ code: "bad_query" });
      }
    });
  }
});

/** Collects CSP violations and console errors of a page, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

const scriptSrc = (csp: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

test.describe("content security policy", () => {
  test("every page gets its own nonce, on every script, and no 'unsafe-inline' for scripts", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const path of ["/sign-in", "/sign-in", "/embed/diagnostics", "/nowhere"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(scriptSrc(csp), path).not.toContain("unsafe-inline");
      expect(scriptSrc(csp), path).toContain("'strict-dynamic'");
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce ?? "");
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(4);
  });

  test("the dashboard hydrates and works under the policy, with no violation reported", async ({ page }) => {
    const problems = await watchViolations(page);
    const response = await page.goto("/sign-in");
    expect(scriptSrc(response?.headers()["content-security-policy"] ?? "")).not.toContain("unsafe-inline");
    // Only a hydrated page signs in: the button's handler is React's.
    await signInWithDemo(page);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator("section[data-set]").first()).toBeVisible();
    // The theme script ran (it is inline, allowed by the nonce): <html> has its colour scheme.
    expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toMatch(/^(light|dark)$/);
    await page.goto("/embed/diagnostics");
    await expect(page.getByRole("heading", { name: "Embed diagnostics" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(problems.filter((p) => /Content Security Policy|CSP|nonce/i.test(p))).toEqual([]);
  });

  test("sends no HSTS over plain http", async ({ request }) => {
    const response = await request.get("/sign-in");
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });
});

test.describe("embed diagnostics", () => {
  test("an anonymous visitor sees the origin's verdict, not the configuration", async ({ page }) => {
    await page.goto(`/embed/diagnostics?origin=${encodeURIComponent(PORTAL_ORIGIN)}`);
    await expect(page.getByTestId("origin-verdict")).toHaveAttribute("data-allowed", "yes");
    await expect(page.getByTestId("sign-in-for-details")).toBeVisible();
    const text = await page.content();
    for (const hidden of [
      "Mint API",
      "Server-side S2 token",
      "Token key",
      "EMBED_MINT_SECRET",
      "EMBED_S2_TOKEN",
    ]) {
      expect(text).not.toContain(hidden);
    }
    await expect(page.getByTestId("allowed-origins")).toHaveCount(0);
  });

  test("a signed-in user sees the configuration details", async ({ page }) => {
    await page.goto("/sign-in");
    await signInWithDemo(page);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.goto(`/embed/diagnostics?origin=${encodeURIComponent(PORTAL_ORIGIN)}`);
    await expect(page.getByTestId("origin-verdict")).toHaveAttribute("data-allowed", "yes");
    await expect(page.getByTestId("allowed-origins")).toHaveText(PORTAL_ORIGIN);
    await expect(page.getByText("on (EMBED_MINT_SECRET is set)")).toBeVisible();
    await expect(page.getByTestId("sign-in-for-details")).toHaveCount(0);
  });
});
