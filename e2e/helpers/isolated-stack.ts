import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/lib/testing/services";
import { E2E_AUTH_SECRET } from "./auth";

/**
 * A dashboard and an embedded backend of its own, for tests that break the backend (inject faults, kill
 * it, bring it back) without touching the stack every other spec shares. The dashboard is the same
 * production build the shared one serves (`next start` of `.next`), with its own environment: a short
 * upstream timeout, so a timeout test takes seconds.
 */

export interface IsolatedStack {
  appUrl: string;
  s2Url: string;
  requestTimeoutMs: number;
  /** Kills the backend outright, as a crash would, and waits until its port refuses connections. */
  killBackend(): Promise<void>;
  /** Starts the backend again on the same port and data. */
  startBackend(): Promise<void>;
  close(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

export async function startIsolatedStack(opts: { requestTimeoutMs: number }): Promise<IsolatedStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "e2e-isolated-s2-"));
  const [s2Port, appPort] = [await freePort(), await freePort()];
  const s2Url = `http://127.0.0.1:${s2Port}`;
  const appUrl = `http://127.0.0.1:${appPort}`;

  let backend: ChildProcess | null = null;
  const startBackend = async (fresh = false) => {
    backend = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "lib/local-s2/cli.ts",
        "--port",
        String(s2Port),
        "--data-dir",
        dataDir,
        "--faults",
        ...(fresh ? ["--fresh"] : []),
      ],
      { stdio: "ignore" },
    );
    await waitFor(`${s2Url}/health`, backend, 120_000);
  };
  await startBackend(true);

  const app = spawn(
    path.resolve("node_modules/.bin/next"),
    ["start", "--hostname", "127.0.0.1", "--port", String(appPort)],
    {
      stdio: "ignore",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        S2_ACCOUNT_ENDPOINT: s2Url,
        S2_BASIN_ENDPOINT: s2Url,
        LOCAL_S2_URL: s2Url,
        AUTH_SECRET: E2E_AUTH_SECRET,
        AUTH_URL: appUrl,
        NEXTAUTH_URL: appUrl,
        S2_REQUEST_TIMEOUT_MS: String(opts.requestTimeoutMs),
      },
    },
  );
  try {
    await waitFor(`${appUrl}/api/health`, app, 60_000);
  } catch (error) {
    app.kill("SIGTERM");
    throw error;
  }

  return {
    appUrl,
    s2Url,
    requestTimeoutMs: opts.requestTimeoutMs,
    async killBackend() {
      const child = backend;
      if (child === null) return;
      child.kill("SIGKILL");
      await exited(child);
      backend = null;
    },
    startBackend: () => startBackend(false),
    async close() {
      const children = [app, backend].filter((c): c is ChildProcess => c !== null);
      for (const child of children) child.kill("SIGTERM");
      await Promise.all(children.map(exited));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
