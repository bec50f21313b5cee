import { expect, type Page } from "@playwright/test";
import { z } from "zod";
import { countFor, fetchProxyCounts } from "@/lib/testing/counting-proxy";
import {
  CONTROL_URL_ENV,
  REPLICA_A,
  REPLICA_MINT_SECRET,
  REPLICA_PORTAL_ORIGIN,
  REPLICA_PROXY,
  type ReplicaName,
} from "./settings";

export const BASIN = "prod-events";
export const SESSION_COOKIE = "next-auth.session-token";

/** Asks the global setup, which owns every process of the run, to inject a fault or undo it. */
export async function control(
  action: "redis/stop" | "redis/start" | "postgres/restart" | `replica/${ReplicaName}/${"kill9" | "start"}`,
): Promise<void> {
  const base = process.env[CONTROL_URL_ENV];
  if (!base) throw new Error(`${CONTROL_URL_ENV} is unset: run with -c playwright.replicas.config.ts`);
  const response = await fetch(`${base}/${action}`, { method: "POST" });
  if (response.status !== 204)
    throw new Error(`control ${action}: ${response.status} ${await response.text()}`);
}

/** Upstream calls the counting proxy saw for paths starting with `prefix`. */
export async function upstreamCalls(prefix: string): Promise<number> {
  return countFor(await fetchProxyCounts(REPLICA_PROXY), prefix);
}

/**
 * Waits until no S2 call has passed the proxy for `quietMs`. A page's server-side work can outlive the
 * page: the account view's basins table fans out over every basin, and those calls land after the browser
 * has moved on.
 */
export async function upstreamQuiet(quietMs = 1_500, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await upstreamCalls("/");
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error("S2 calls did not quieten down");
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await upstreamCalls("/");
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}

/** Signs in with the demo token on replica A, in the browser, and returns the session cookie's value. */
export async function signInOnA(page: Page): Promise<string> {
  await page.goto(`${REPLICA_A}/sign-in`);
  await page.getByRole("button", { name: "Use the demo token" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const cookie = (await page.context().cookies(REPLICA_A)).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("signing in on A set no session cookie");
  return cookie.value;
}

export const sessionHeader = (value: string) => ({ cookie: `${SESSION_COOKIE}=${value}` });

const mintedSchema = z.object({ token: z.string(), id: z.string(), url: z.string(), expiresAt: z.number() });
export type Minted = z.infer<typeof mintedSchema>;

export const appendOpsChart = {
  target: { level: "basin", basin: BASIN },
  chart: "append-ops",
  range: { kind: "relative", seconds: 3_600 },
  parent: REPLICA_PORTAL_ORIGIN,
} as const;

/** `POST /api/embed/share` on `replica` as the session's user (the Share dialog's request). */
export async function shareOn(replica: string, session: string): Promise<Minted> {
  const response = await fetch(`${replica}/api/embed/share`, {
    method: "POST",
    headers: { ...sessionHeader(session), "content-type": "application/json", origin: replica },
    body: JSON.stringify(appendOpsChart),
  });
  if (response.status !== 201)
    throw new Error(`share on ${replica}: ${response.status} ${await response.text()}`);
  return mintedSchema.parse(await response.json());
}

/** `POST /api/embed/tokens` on `replica`, as a portal backend; the raw answer, for loops that expect failures. */
export async function mintForPortal(replica: string): Promise<{ status: number; minted: Minted | null }> {
  const response = await fetch(`${replica}/api/embed/tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${REPLICA_MINT_SECRET}`, "content-type": "application/json" },
    body: JSON.stringify(appendOpsChart),
    signal: AbortSignal.timeout(10_000),
  });
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, minted: response.status === 201 ? mintedSchema.parse(body) : null };
}

/** The embed's own data request, as its frame sends it, on `replica`: its status. */
export async function embedDataStatus(replica: string, token: string): Promise<number> {
  const end = Math.floor(Date.now() / 1000);
  const response = await fetch(
    `${replica}/api/embed/metrics/${BASIN}?set=append-ops&start=${end - 3_600}&end=${end}&interval=minute`,
    { headers: { authorization: `Embed ${token}` }, signal: AbortSignal.timeout(10_000) },
  );
  return response.status;
}

/** The embed page path of a minted link, to open it on another replica than the one that minted it. */
export const embedPathOf = (minted: Minted) => {
  const url = new URL(minted.url);
  return `${url.pathname}${url.search}`;
};

const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["ok", "down"]),
  cache: z.enum(["ok", "degraded", "off"]),
});
export type Health = z.infer<typeof healthSchema>;

/** `/api/health` of a replica, or null when it does not answer. */
export async function health(replica: string): Promise<Health | null> {
  const response = await fetch(`${replica}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(
    () => null,
  );
  return response ? healthSchema.parse(await response.json()) : null;
}

export const cacheState = async (replica: string) => (await health(replica))?.cache ?? null;
export const databaseState = async (replica: string) => (await health(replica))?.database ?? null;

/** A closed window: the hour that ended two hours ago, on whole minutes. */
export function closedWindow(offsetHours = 2): { start: number; end: number } {
  const end = Math.floor(Date.now() / 60_000) * 60 - offsetHours * 3_600;
  return { start: end - 3_600, end };
}
