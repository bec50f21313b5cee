import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";

/** A production build of the dashboard, served for benchmarks against a given backend. */
export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** `Cookie` header of a session signed in with `token`, minted with the app's own secret. */
  sessionCookie(token: string): Promise<string>;
  stop(): void;
}

const BENCH_SECRET = "bench-only-secret-not-for-production-0123456789";
const nextBin = () => path.resolve("node_modules/.bin/next");

export function buildApp(): void {
  const result = spawnSync(nextBin(), ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Resolves when nothing listens on `port` (127.0.0.1), rejects otherwise. */
function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`port ${port} is taken (another bench or app?): set BENCH_APP_PORT to a free one`)),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/**
 * Starts `next start` against `s2Url` (the production build, as shipped: the bench adds no pages to it).
 * The port must be free: another server answering on it would be measured in our place.
 */
export async function startApp(
  s2Url: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<AppProcess> {
  const url = `http://127.0.0.1:${port}`;
  await ensurePortFree(port);
  const child = spawn(nextBin(), ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: BENCH_SECRET,
      NEXTAUTH_URL: url,
      S2_ACCOUNT_ENDPOINT: s2Url,
      S2_BASIN_ENDPOINT: s2Url,
      // The bench's users all read with the one demo token; the per-token S2 call budget would turn the
      // load and proxy runs into a measure of the budget's refusals rather than of the dashboard.
      S2_CALLS_PER_MINUTE: "0",
      ...extraEnv,
    },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && child.exitCode === null) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the app did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    child,
    async sessionCookie(token) {
      const jwt = await encode({
        // `sid`: sessions carry an id sign-out can revoke (lib/auth/sign-out.ts); one without is refused.
        token: { s2Token: token, signedInAt: Math.floor(Date.now() / 1000), sid: randomUUID() },
        secret: BENCH_SECRET,
        maxAge: 3_600,
      });
      return `next-auth.session-token=${jwt}`;
    },
    stop: () => child.kill("SIGTERM"),
  };
}
