import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "@/lib/testing/services";
import { E2E_AUTH_SECRET, S2_URL } from "./auth";

export interface AppServer {
  readonly url: string;
  /** What the server printed (stdout and stderr), for specs that check its logs. */
  output(): string;
  close(): Promise<void>;
}

/**
 * A second dashboard of the same production build (`next start` on a free port) against the shared
 * embedded backend, for a spec that needs a configuration the shared server does not have. `env` is
 * added to the base environment; resolves once `/api/health` answers.
 */
export async function startAppServer(
  env: (url: string) => Record<string, string>,
  { timeoutMs = 60_000, name = "dashboard" }: { timeoutMs?: number; name?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const chunks: string[] = [];
  const child: ChildProcess = spawn(
    path.resolve("node_modules/.bin/next"),
    ["start", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        S2_ACCOUNT_ENDPOINT: S2_URL,
        LOCAL_S2_URL: S2_URL,
        AUTH_SECRET: E2E_AUTH_SECRET,
        ...env(url),
      },
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`the ${name} did not start:\n${chunks.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, output: () => chunks.join(""), close };
}
