import { expect, test } from "@playwright/test";
import {
  BASIN,
  closedWindow,
  embedDataStatus,
  embedPathOf,
  sessionHeader,
  shareOn,
  signInOnA,
  upstreamCalls,
  upstreamQuiet,
} from "./helpers";
import { REPLICA_A, REPLICA_B } from "./settings";

/**
 * Two replicas of one build, sharing the database, Redis and secrets (playwright.replicas.config.ts): what
 * one replica does, the other knows. Cookies are per host, not per port, so the browser signed in on A
 * (127.0.0.1:3171) sends the same cookie to B (127.0.0.1:3172), as behind a load balancer.
 */

test("signed in on A, the user works on B", async ({ page }) => {
  const session = await signInOnA(page);
  await page.goto(`${REPLICA_B}/`);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("link", { name: BASIN }).first()).toBeVisible();
  const basins = await fetch(`${REPLICA_B}/api/basins`, { headers: sessionHeader(session) });
  expect(basins.status).toBe(200);
});

test("an embed minted on A is viewed through B, and B refuses it within a second of its revocation on A", async ({
  page,
}) => {
  const session = await signInOnA(page);
  const minted = await shareOn(REPLICA_A, session);
  // The link names the record, never the credential: no S2 token in any form.
  expect(minted.url).not.toContain("s2-local-demo-token");
  expect(minted.token).not.toContain("s2-local-demo-token");

  await page.goto(`${REPLICA_B}${embedPathOf(minted)}`);
  await expect(page.locator('section[data-set="append-ops"]')).toBeVisible();
  await expect(page.getByTestId("embed-problem")).toHaveCount(0);
  expect(await embedDataStatus(REPLICA_B, minted.token)).toBe(200);

  const revoked = await fetch(`${REPLICA_A}/api/embeds/${encodeURIComponent(minted.id)}`, {
    method: "DELETE",
    headers: { ...sessionHeader(session), origin: REPLICA_A },
  });
  expect(revoked.status).toBe(200);
  // The promise: revocation takes effect on every replica within a second.
  await expect
    .poll(() => embedDataStatus(REPLICA_B, minted.token), { timeout: 1_000, intervals: [0, 100, 100, 200] })
    .not.toBe(200);
  const refused = await fetch(
    `${REPLICA_B}/api/embed/metrics/${BASIN}?set=append-ops&start=${Math.floor(Date.now() / 1000) - 3_600}&end=${Math.floor(Date.now() / 1000)}&interval=minute`,
    { headers: { authorization: `Embed ${minted.token}` } },
  );
  expect([401, 403, 404, 410]).toContain(refused.status);
  expect(await refused.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  await page.reload();
  await expect(page.getByTestId("embed-problem")).toBeVisible();
  await expect(page.locator('section[data-set="append-ops"]')).toHaveCount(0);
});

test("signing out on A ends the session on B: the copied cookie is refused", async ({ page }) => {
  const session = await signInOnA(page);
  const before = await fetch(`${REPLICA_B}/api/basins`, { headers: sessionHeader(session) });
  expect(before.status).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  for (const replica of [REPLICA_B, REPLICA_A]) {
    const after = await fetch(`${replica}/api/basins`, { headers: sessionHeader(session) });
    expect(after.status, replica).toBe(401);
    expect(await after.json()).toMatchObject({ code: "authn" });
  }
  // The pages refuse it too: B sends the copied cookie's holder to sign in.
  await page
    .context()
    .addCookies([
      { name: "next-auth.session-token", value: session, url: REPLICA_B, httpOnly: true, sameSite: "Lax" },
    ]);
  await page.goto(`${REPLICA_B}/`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a closed window fetched through A is served through B with no upstream call", async ({ page }) => {
  const session = await signInOnA(page);
  // No page of ours stays open to refresh in the background, and the account view's server-side fan-out
  // has finished: every call counted below is one of ours.
  await page.goto("about:blank");
  await upstreamQuiet();
  const { start, end } = closedWindow();
  const path = `/api/metrics/${BASIN}?set=append-ops&start=${start}&end=${end}&interval=minute`;

  const beforeA = await upstreamCalls("/");
  const throughA = await fetch(`${REPLICA_A}${path}`, { headers: sessionHeader(session) });
  expect(throughA.status).toBe(200);
  const bodyA = await throughA.json();
  expect(await upstreamCalls("/")).toBeGreaterThan(beforeA);

  const beforeB = await upstreamCalls("/");
  const throughB = await fetch(`${REPLICA_B}${path}`, { headers: sessionHeader(session) });
  expect(throughB.status).toBe(200);
  expect(await throughB.json()).toEqual(bodyA);
  expect(await upstreamCalls("/")).toBe(beforeB);
});
