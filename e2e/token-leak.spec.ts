import { expect, type Page, test } from "@playwright/test";
import { type AppServer, startAppServer } from "./helpers/app-server";
import {
  backendBasins,
  DEMO_TOKEN,
  SCOPED_PROD_TOKEN,
  signInWithDemo,
  signInWithToken,
} from "./helpers/auth";
import { postSignIn, signInError } from "./helpers/sign-in-post";

/**
 * After signing in, the S2 token must exist nowhere the browser can read it: not in any HTML or RSC
 * payload, script, response body, URL, browser storage, or cookie readable by script. The only place it
 * may travel is the body of the sign-in POST the user sends.
 */

interface Evidence {
  label: string;
  text: string;
}

function recordResponses(page: Page): { done: () => Promise<Evidence[]> } {
  const pending: Promise<Evidence | null>[] = [];
  page.on("response", (response) => {
    pending.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        // Redirects and aborted loads have no body to read.
        const body = await response.text().catch(() => "");
        return {
          label: `response ${response.status()} ${response.url()}`,
          text: `${response.url()}\n${headers}\n${body}`,
        };
      })().catch(() => null),
    );
  });
  return { done: async () => (await Promise.all(pending)).filter((e): e is Evidence => e !== null) };
}

async function browserSideEvidence(page: Page): Promise<Evidence[]> {
  const evidence: Evidence[] = [{ label: `HTML of ${page.url()}`, text: await page.content() }];
  evidence.push({ label: "URL", text: page.url() });
  const raw = await page.request.get(page.url());
  evidence.push({ label: `served HTML of ${page.url()}`, text: await raw.text() });
  const rsc = await page.request.get(page.url(), { headers: { RSC: "1" } });
  evidence.push({ label: `RSC payload of ${page.url()}`, text: await rsc.text() });
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts)
    evidence.push({ label: `script ${src}`, text: await (await page.request.get(src)).text() });
  const inlineScripts = await page.locator("script:not([src])").allTextContents();
  evidence.push({ label: "inline scripts", text: inlineScripts.join("\n") });
  const storage = await page.evaluate(() => {
    const dump = (store: Storage) =>
      Array.from({ length: store.length }, (_, i) => store.key(i) ?? "").map(
        (key) => `${key}=${store.getItem(key)}`,
      );
    return {
      local: dump(window.localStorage),
      session: dump(window.sessionStorage),
      cookie: document.cookie,
    };
  });
  evidence.push({ label: "localStorage", text: storage.local.join("\n") });
  evidence.push({ label: "sessionStorage", text: storage.session.join("\n") });
  evidence.push({ label: "document.cookie", text: storage.cookie });
  const session = await page.request.get("/api/auth/session");
  evidence.push({ label: "/api/auth/session", text: await session.text() });
  return evidence;
}

function expectAbsent(evidence: Evidence[], token: string) {
  const leaks = evidence.filter((e) => e.text.includes(token)).map((e) => e.label);
  expect(leaks, `the token appears in: ${leaks.join(", ")}`).toEqual([]);
}

test("a pasted token appears nowhere the browser can read", async ({ page, context, request }) => {
  const { prod, other } = await backendBasins(request);
  const responses = recordResponses(page);
  await page.goto("/sign-in");
  await signInWithToken(page, SCOPED_PROD_TOKEN);
  await expect(page.getByTestId("basin-list").getByRole("link").first()).toBeVisible();
  const evidence = await browserSideEvidence(page);

  await page.goto(`/basins/${prod}`);
  await expect(page.locator('section[data-set="storage"]').getByTestId("stat-gauge-total")).toBeVisible();
  evidence.push(...(await browserSideEvidence(page)));
  await page.goto(`/basins/${other}`);
  await expect(page.getByRole("alert").filter({ hasText: "This token cannot see basin" })).toBeVisible();
  evidence.push(...(await browserSideEvidence(page)));

  const cookies = await context.cookies();
  for (const cookie of cookies) {
    // HttpOnly cookies are out of reach of script; the session cookie is one and holds only ciphertext.
    evidence.push({
      label: `cookie ${cookie.name}${cookie.httpOnly ? " (HttpOnly)" : ""}`,
      text: cookie.value,
    });
  }
  expect(cookies.find((c) => c.name === "next-auth.session-token")?.httpOnly).toBe(true);
  evidence.push(...(await responses.done()));
  expect(evidence.filter((e) => e.label.startsWith("response")).length).toBeGreaterThan(10);
  expectAbsent(evidence, SCOPED_PROD_TOKEN);
});

test("the demo token never reaches the browser, not even to sign in", async ({ page }) => {
  const responses = recordResponses(page);
  const requestBodies: string[] = [];
  page.on("request", (req) => requestBodies.push(`${req.url()} ${req.postData() ?? ""}`));
  await page.goto("/sign-in");
  const evidence = await browserSideEvidence(page);
  await signInWithDemo(page);
  await expect(page.getByTestId("basin-list").getByRole("link").first()).toBeVisible();
  evidence.push(...(await browserSideEvidence(page)));
  evidence.push(...(await responses.done()));
  evidence.push({ label: "request URLs and bodies", text: requestBodies.join("\n") });
  expectAbsent(evidence, DEMO_TOKEN);
});

/**
 * What the server writes to its own output: a dashboard of its own (the same build, the shared backend)
 * whose stdout and stderr are kept, so the tests can read every line it logged.
 */
test.describe("server output", () => {
  let server: AppServer;
  test.beforeAll(async () => {
    server = await startCapturedServer();
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test("a token with a line break is refused with a clear message, and never reaches the log", async ({
    playwright,
    page,
  }) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    const secretRest = "secret-rest-of-the-token-0123456789";
    for (const token of [
      `${SCOPED_PROD_TOKEN}\n${secretRest}`,
      `${SCOPED_PROD_TOKEN}\r\n`,
      `a ${secretRest}`,
    ]) {
      const response = await postSignIn(request, { form: { token } });
      expect(await signInError(response)).toBe("malformed_token");
    }
    await request.dispose();
    await page.goto(`${server.url}/sign-in?error=malformed_token`);
    await expect(page.getByRole("alert").filter({ hasText: "not an S2 access token" })).toContainText(
      "line breaks",
    );
    const output = server.output();
    expect(output).not.toContain(secretRest);
    expect(output).not.toContain(SCOPED_PROD_TOKEN);
    expect(output).not.toMatch(/bearer\s+(?!\[redacted\])/i);
  });

  test("a forged callback URL cannot write a log line of its own", async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    const forged = "x\n[api] unhandled FORGED\r\n[auth] FORGED\u2028[upstream] FORGED";
    const query = `callbackUrl=${encodeURIComponent(forged)}`;
    for (const path of ["/sign-in", "/api/auth/signin", "/api/auth/csrf", "/api/basins", "/api/metrics"]) {
      await request.get(`${path}?${query}`, { maxRedirects: 0 });
    }
    await postSignIn(request, { form: { token: "wrong-token", callbackUrl: forged } });
    await postSignIn(request, { form: { token: "wrong-token", callbackUrl: forged }, withCsrf: false });
    await request.post(`/api/auth/signout?${query}`, { form: { callbackUrl: forged }, maxRedirects: 0 });
    await request.dispose();
    const forgedLines = server
      .output()
      .split(/\r\n|\r|\n|\u2028/)
      .filter((line) => /^\W*\[(api|auth|upstream)\] (unhandled )?FORGED/.test(line));
    expect(forgedLines).toEqual([]);
  });
});

/** A dashboard of its own whose logs the spec reads (`AUTH_TRUST_PROXY`: it sits behind a proxy). */
function startCapturedServer(): Promise<AppServer> {
  return startAppServer((url) => ({ NEXTAUTH_URL: url, AUTH_TRUST_PROXY: "1" }), {
    name: "captured dashboard",
  });
}
