import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "@/lib/config/config-error";
import { resolveS2Endpoints } from "@/lib/config/endpoints";
import { isLoopbackAddress, listenHost } from "@/lib/config/listen";
import { DEFAULT_LOCAL_S2_PORT } from "@/lib/local-s2/defaults";
import { DEMO_TOKEN } from "@/lib/local-s2/tokens";
import { priceListFromConfig } from "@/lib/pricing/price-config";
import { buildIsCurrent, sourceHash, stampBuild } from "./build-stamp";
import { localUrl, nextArgs } from "./next-args";

/**
 * `npm start` (production build) and `npm run dev` (next dev): serves the dashboard and, when no S2
 * endpoint is configured, the embedded local backend beside it. With no session secret configured it
 * generates one and keeps it in .data/, so sessions survive restarts on this machine. The dashboard listens
 * on loopback unless HOST says otherwise; a production build is reused while the sources are unchanged.
 */

const dev = process.argv.includes("--dev");
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const appPort = Number(env.PORT ?? 3000);
const host = listenHost(env.HOST);
// The server reads HOST too: it decides whether the demo button may be offered (lib/auth/demo-access.ts).
env.HOST = host;
const healthUrl = localUrl(host, appPort);
const appUrl = isLoopbackAddress(host) ? `http://localhost:${appPort}` : healthUrl;
const distDir = path.resolve(env.NEXT_DIST_DIR || ".next");
const children: ChildProcess[] = [];
const nextBin = path.resolve("node_modules/.bin/next");

function say(line: string) {
  console.log(`\x1b[1m[s2-dashboard]\x1b[0m ${line}`);
}

function stopAll(code: number): never {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}

function keep(child: ChildProcess, name: string) {
  children.push(child);
  child.on("exit", (code) => {
    say(`${name} exited (${code ?? "signal"}); stopping`);
    stopAll(code ?? 1);
  });
}

async function waitForHealth(url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

function sessionSecret(): void {
  if (env.AUTH_SECRET || env.NEXTAUTH_SECRET) return;
  const file = path.resolve(".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    say(`no AUTH_SECRET configured: generated a local one in ${file} (set AUTH_SECRET in production)`);
  } else {
    say(`no AUTH_SECRET configured: using the local one kept in ${file}`);
  }
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/** Refuses endpoint settings that would send tokens somewhere unintended, before anything starts. */
function checkEndpoints(): void {
  try {
    resolveS2Endpoints({
      account: env.S2_ACCOUNT_ENDPOINT || undefined,
      basin: env.S2_BASIN_ENDPOINT || undefined,
      localS2Url: env.LOCAL_S2_URL || "http://127.0.0.1",
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    say(`refusing to start: ${error.message}`);
    process.exit(2);
  }
}

/**
 * A price list with a mistake would otherwise surface on the first page load, as an error on every page:
 * refuse to start instead, naming the field (the same parser the server uses, lib/pricing/price-config.ts).
 */
function checkPrices(): void {
  const value = (raw: string | undefined) => (raw?.trim() ? raw.trim() : null);
  try {
    priceListFromConfig({ inline: value(env.S2_PRICES), file: value(env.S2_PRICES_FILE) }, (file) =>
      readFileSync(file, "utf8"),
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    say(`refusing to start: ${error.message}`);
    process.exit(2);
  }
}

function build(): void {
  const hash = sourceHash(process.cwd(), env);
  if (buildIsCurrent(distDir, hash)) {
    say("the build is up to date with the sources; not rebuilding");
    return;
  }
  say("building the dashboard (next build)");
  const result = spawnSync(nextBin, ["build"], { stdio: "inherit", env });
  if (result.status !== 0) stopAll(result.status ?? 1);
  stampBuild(distDir, hash);
}

async function main() {
  checkEndpoints();
  checkPrices();
  sessionSecret();
  env.NEXTAUTH_URL ??= appUrl;
  const embedded = !env.S2_ACCOUNT_ENDPOINT;
  if (embedded) {
    const port = Number(env.LOCAL_S2_PORT ?? DEFAULT_LOCAL_S2_PORT);
    const s2Url = `http://127.0.0.1:${port}`;
    say(`no S2_ACCOUNT_ENDPOINT configured: starting the embedded local S2 backend on ${s2Url}`);
    keep(
      spawn(process.execPath, ["--import", "tsx", "lib/local-s2/cli.ts", "--port", String(port)], {
        stdio: "inherit",
        env,
      }),
      "local-s2",
    );
    await waitForHealth(`${s2Url}/health`, 120);
    env.LOCAL_S2_URL = s2Url;
    env.LOCAL_S2_DEMO = "1";
  } else {
    say(`using S2 at ${env.S2_ACCOUNT_ENDPOINT}`);
  }

  if (!dev) build();
  keep(spawn(nextBin, nextArgs({ dev, host, port: appPort }), { stdio: "inherit", env }), "next");
  await waitForHealth(`${healthUrl}/api/health`, 180);
  say(`dashboard ready at ${appUrl}`);
  if (!isLoopbackAddress(host)) say(`listening on ${host} (HOST): reachable from other machines`);
  if (embedded) say(`sign in with the demo token: ${DEMO_TOKEN}`);
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
main().catch((error: unknown) => {
  console.error(error);
  stopAll(1);
});
