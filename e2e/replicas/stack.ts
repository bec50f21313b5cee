import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, openSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { type CountingProxy, startCountingProxy } from "@/lib/testing/counting-proxy";
import { ensureTestServices, freePort, type PrivateRedis, startPrivateRedis } from "@/lib/testing/services";
import {
  REPLICA_AUTH_SECRET,
  REPLICA_EMBED_SECRET,
  REPLICA_ENCRYPTION_KEY,
  REPLICA_MINT_SECRET,
  REPLICA_PORTAL_ORIGIN,
  REPLICA_PORTS,
  REPLICA_PROXY_PORT,
  REPLICA_S2_PORT,
  type ReplicaName,
} from "./settings";

/**
 * The processes of the two-replica e2e run, all children of the Playwright runner (global setup): a
 * PostgreSQL cluster and a redis-server of this run's own (the fault specs stop and restart them, which the
 * shared test services must never see), the embedded backend, the counting proxy in front of it, and two
 * `next start` replicas of one build sharing the database, Redis and secrets.
 */

const ROOT = path.resolve(".data/e2e-replicas");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHttp(url: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (child && child.exitCode !== null)
      throw new Error(`${url}: the process exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await sleep(200);
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** A PostgreSQL cluster of this run's own, on a free port; `restart` is the fault the specs inject. */
export interface PrivatePostgres {
  url: string;
  restart(): Promise<void>;
  stop(): void;
}

function postgresBin(): string {
  const version = readdirSync("/usr/lib/postgresql")
    .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a))[0];
  if (!version) throw new Error("PostgreSQL is not installed");
  return `/usr/lib/postgresql/${version}/bin`;
}

async function startPrivatePostgres(): Promise<PrivatePostgres> {
  // Installs PostgreSQL and Redis from Debian's packages when they are missing.
  await ensureTestServices();
  const bin = postgresBin();
  const dir = path.join(ROOT, "pg");
  const dataDir = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : command, asRoot ? ["-u", "postgres", "--", command, ...args] : args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
  // A cluster left running by a killed run: stop it before reusing its folder.
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    spawnSync(asRoot ? "runuser" : `${bin}/pg_ctl`, [
      ...(asRoot ? ["-u", "postgres", "--", `${bin}/pg_ctl`] : []),
      "-D",
      dataDir,
      "-m",
      "immediate",
      "-w",
      "stop",
    ]);
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    if (asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      chownSync(dir, uid, gid);
      chownSync(dataDir, uid, gid);
    }
    run(`${bin}/initdb`, ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  }
  const port = await freePort();
  // fsync stays on: the restart spec checks that nothing acknowledged is lost, which fsync=off would not
  // promise across a crash (a fast shutdown flushes either way).
  const options = [`-p ${port}`, "-c listen_addresses=127.0.0.1", `-c unix_socket_directories=${dir}`].join(
    " ",
  );
  const ctl = (...args: string[]) =>
    run(`${bin}/pg_ctl`, ["-D", dataDir, "-l", path.join(dir, "log"), "-o", options, ...args]);
  ctl("-w", "-t", "60", "start");
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const name = `replicas_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Databases of earlier runs go: the cluster is this harness's alone.
  const old = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'replicas_%'",
  );
  for (const row of old.rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${name}`,
    restart: async () => {
      ctl("-m", "fast", "-w", "-t", "60", "restart");
    },
    stop: () => {
      try {
        ctl("-m", "fast", "-w", "stop");
      } catch {
        // Already stopped.
      }
    },
  };
}

export interface Replica {
  name: ReplicaName;
  url: string;
  pid(): number | null;
  start(): Promise<void>;
  /** `kill -9`: no shutdown hooks, no flushing, as a crashed host. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

function replicaEnv(name: ReplicaName, shared: { databaseUrl: string; redisUrl: string; s2Url: string }) {
  const url = `http://127.0.0.1:${REPLICA_PORTS[name]}`;
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: distDir(),
    S2_ACCOUNT_ENDPOINT: shared.s2Url,
    S2_BASIN_ENDPOINT: shared.s2Url,
    LOCAL_S2_URL: shared.s2Url,
    AUTH_SECRET: REPLICA_AUTH_SECRET,
    AUTH_URL: url,
    NEXTAUTH_URL: url,
    DATABASE_URL: shared.databaseUrl,
    DATABASE_ENCRYPTION_KEY: REPLICA_ENCRYPTION_KEY,
    REDIS_URL: shared.redisUrl,
    LOCAL_S2_DEMO: "1",
    LOCAL_S2_DEMO_TOKEN: "s2-local-demo-token",
    AUTH_TRUST_PROXY: "1",
    EMBED_SECRET: REPLICA_EMBED_SECRET,
    EMBED_ALLOWED_ORIGINS: REPLICA_PORTAL_ORIGIN,
    EMBED_MINT_SECRET: REPLICA_MINT_SECRET,
    EMBED_S2_TOKEN: "e2e-scoped-prod-token",
  };
}

export const distDir = () => process.env.NEXT_DIST_DIR || ".next-w3";

function makeReplica(name: ReplicaName, env: NodeJS.ProcessEnv): Replica {
  const url = `http://127.0.0.1:${REPLICA_PORTS[name]}`;
  let child: ChildProcess | null = null;
  const logFile = path.join(ROOT, `replica-${name}.log`);
  return {
    name,
    url,
    pid: () => child?.pid ?? null,
    async start() {
      if (child) return;
      // Keep the server's output: a failing spec is explained by what the replica logged.
      const out = openSync(logFile, "a");
      child = spawn(
        path.resolve("node_modules/.bin/next"),
        ["start", "--hostname", "127.0.0.1", "--port", String(REPLICA_PORTS[name])],
        { stdio: ["ignore", out, out], env },
      );
      const started = child;
      process.once("exit", () => started.kill("SIGKILL"));
      await waitForHttp(`${url}/api/health`, started, 120_000);
    },
    async kill9() {
      const running = child;
      if (!running) return;
      child = null;
      running.kill("SIGKILL");
      await exited(running);
    },
    async stop() {
      const running = child;
      if (!running) return;
      child = null;
      running.kill("SIGTERM");
      await Promise.race([exited(running), sleep(10_000)]);
      running.kill("SIGKILL");
    },
  };
}

export interface ReplicaStack {
  postgres: PrivatePostgres;
  redis: PrivateRedis;
  proxy: CountingProxy;
  replicas: Record<ReplicaName, Replica>;
  stop(): Promise<void>;
}

/** `next build` into the run's own folder, once for both replicas (E2E_REPLICAS_SKIP_BUILD=1 reuses it). */
export function buildOnce(): void {
  if (process.env.E2E_REPLICAS_SKIP_BUILD === "1" && existsSync(path.join(distDir(), "BUILD_ID"))) return;
  const result = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir() },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startReplicaStack(): Promise<ReplicaStack> {
  mkdirSync(ROOT, { recursive: true });
  for (const file of ["replica-A.log", "replica-B.log"]) rmSync(path.join(ROOT, file), { force: true });
  const postgres = await startPrivatePostgres();
  try {
    return await startRest(postgres);
  } catch (error) {
    // pg_ctl's server is no child of ours: stop it here, or it outlives a failed setup.
    postgres.stop();
    throw error;
  }
}

async function startRest(postgres: PrivatePostgres): Promise<ReplicaStack> {
  const redis = await startPrivateRedis();
  const s2Url = `http://127.0.0.1:${REPLICA_S2_PORT}`;
  const backend = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "lib/local-s2/cli.ts",
      "--port",
      String(REPLICA_S2_PORT),
      "--data-dir",
      path.join(ROOT, "s2"),
      "--fresh",
      "--faults",
      "--tokens",
      "e2e/fixtures/local-s2-tokens.json",
    ],
    { stdio: "ignore" },
  );
  process.once("exit", () => backend.kill("SIGKILL"));
  await waitForHttp(`${s2Url}/health`, backend, 120_000);
  const proxy = await startCountingProxy({ upstream: s2Url, port: REPLICA_PROXY_PORT });
  const env = (name: ReplicaName) =>
    replicaEnv(name, { databaseUrl: postgres.url, redisUrl: redis.url, s2Url: proxy.url });
  const replicas = { A: makeReplica("A", env("A")), B: makeReplica("B", env("B")) };
  // Both at once: migrations must be safe when several replicas start together.
  await Promise.all([replicas.A.start(), replicas.B.start()]);
  return {
    postgres,
    redis,
    proxy,
    replicas,
    async stop() {
      await Promise.all([replicas.A.stop(), replicas.B.stop()]);
      await proxy.close();
      backend.kill("SIGTERM");
      await Promise.race([exited(backend), sleep(5_000)]);
      await redis.stop();
      postgres.stop();
    },
  };
}
