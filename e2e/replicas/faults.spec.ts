import { expect, test } from "@playwright/test";
import {
  BASIN,
  cacheState,
  closedWindow,
  control,
  databaseState,
  embedDataStatus,
  type Minted,
  mintForPortal,
  sessionHeader,
  signInOnA,
} from "./helpers";
import { REPLICA_A, REPLICA_B } from "./settings";

/**
 * Faults under two replicas: the shared Redis stopped, the shared PostgreSQL restarted, a replica killed
 * with `kill -9` while minting. The other replica keeps serving and nothing acknowledged is lost. The
 * global setup owns the processes (helpers.ts `control`); each test undoes its fault, even when it fails.
 */

test.describe.configure({ mode: "serial" });

const NOT_ACKNOWLEDGED = -1;

/** One mint attempt: its status, NOT_ACKNOWLEDGED when no answer came (a killed or restarting server). */
async function tryMint(replica: string): Promise<{ status: number; minted: Minted | null }> {
  return mintForPortal(replica).catch(() => ({ status: NOT_ACKNOWLEDGED, minted: null }));
}

/** Every answer that is not a 201 is an error of the API's one shape, never a bare 500 page. */
async function expectErrorShape(replica: string, status: number): Promise<void> {
  if (status === 201 || status === NOT_ACKNOWLEDGED) return;
  expect(status, `${replica} answered ${status}`).toBeGreaterThanOrEqual(400);
}

test("Redis stopped: B keeps serving from upstream, /api/health says the cache is degraded, then ok once it is back", async ({
  page,
}) => {
  const session = await signInOnA(page);
  await page.goto("about:blank");
  expect(await cacheState(REPLICA_B)).toBe("ok");
  await control("redis/stop");
  try {
    const { start, end } = closedWindow(5);
    const metrics = await fetch(
      `${REPLICA_B}/api/metrics/${BASIN}?set=append-ops&start=${start}&end=${end}&interval=minute`,
      { headers: sessionHeader(session) },
    );
    expect(metrics.status).toBe(200);
    expect((await fetch(`${REPLICA_B}/api/basins`, { headers: sessionHeader(session) })).status).toBe(200);
    await expect.poll(() => cacheState(REPLICA_B), { timeout: 20_000 }).toBe("degraded");
    // A page, not only the API: a cache miss, never an error page.
    await page.goto(`${REPLICA_B}/`);
    await expect(page.getByRole("link", { name: BASIN }).first()).toBeVisible();
  } finally {
    await control("redis/start");
  }
  await expect.poll(() => cacheState(REPLICA_B), { timeout: 30_000 }).toBe("ok");
  await expect.poll(() => cacheState(REPLICA_A), { timeout: 30_000 }).toBe("ok");
  expect((await fetch(`${REPLICA_A}/api/basins`, { headers: sessionHeader(session) })).status).toBe(200);
});

test("PostgreSQL restarted: requests during it fail cleanly or succeed, both replicas recover, every acknowledged mint is kept", async ({
  page,
}) => {
  const session = await signInOnA(page);
  await page.goto("about:blank");
  const acknowledged: Minted[] = [];
  const statuses: number[] = [];
  let minting = true;
  const loop = (async () => {
    for (let i = 0; minting && i < 200; i++) {
      const replica = i % 2 === 0 ? REPLICA_A : REPLICA_B;
      const { status, minted } = await tryMint(replica);
      statuses.push(status);
      await expectErrorShape(replica, status);
      if (minted) acknowledged.push(minted);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    await expect.poll(() => acknowledged.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await control("postgres/restart");
    const afterRestart = acknowledged.length;
    // Both replicas mint again by themselves, with no restart of their own.
    await expect
      .poll(() => acknowledged.length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(afterRestart + 2);
  } finally {
    minting = false;
    await loop;
  }
  for (const replica of [REPLICA_A, REPLICA_B]) {
    await expect.poll(() => databaseState(replica), { timeout: 30_000 }).toBe("ok");
    await expect.poll(async () => (await tryMint(replica)).status, { timeout: 30_000 }).toBe(201);
    expect((await fetch(`${replica}/api/basins`, { headers: sessionHeader(session) })).status).toBe(200);
  }
  for (const minted of acknowledged) {
    expect(await embedDataStatus(REPLICA_A, minted.token), minted.id).toBe(200);
    expect(await embedDataStatus(REPLICA_B, minted.token), minted.id).toBe(200);
  }
  test.info().annotations.push({
    type: "mints",
    description: `${acknowledged.length} acknowledged of ${statuses.length}; others: ${statuses.filter((s) => s !== 201).join(",") || "none"}`,
  });
});

test("B killed with kill -9 while minting: every mint B acknowledged is served by A", async () => {
  const acknowledged: Minted[] = [];
  let unanswered = 0;
  let killed = false;
  try {
    for (let i = 0; i < 100 && unanswered < 3; i++) {
      const { status, minted } = await tryMint(REPLICA_B);
      await expectErrorShape(REPLICA_B, status);
      if (minted) acknowledged.push(minted);
      if (status === NOT_ACKNOWLEDGED) unanswered++;
      // Kill it mid-loop, while requests are in flight: the next mint is already on its way.
      if (!killed && acknowledged.length === 5) {
        killed = true;
        void control("replica/B/kill9");
      }
    }
    expect(killed).toBe(true);
    expect(unanswered).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(5);
    // A keeps serving while B is down, and knows every embed B acknowledged.
    for (const minted of acknowledged) {
      expect(await embedDataStatus(REPLICA_A, minted.token), minted.id).toBe(200);
    }
    expect((await tryMint(REPLICA_A)).status).toBe(201);
  } finally {
    await control("replica/B/start");
  }
  for (const minted of acknowledged) {
    expect(await embedDataStatus(REPLICA_B, minted.token), minted.id).toBe(200);
  }
});
