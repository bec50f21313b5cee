import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { connect, createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/**
 * Real PostgreSQL and Redis for the tests, from Debian's packages, on private ports and folders under
 * `.data/test-services/`. Installs the packages when they are missing and starts the servers when they are
 * not running; a second call (another test file, another vitest worker, another run) reuses them. Nothing in
 * `npm start` needs any of this. Run `npx tsx lib/testing/services.ts` to print the URLs, `--stop` to stop.
 */

export const TEST_POSTGRES_PORT = 55432;
export const TEST_REDIS_PORT = 56379;

const root = path.join(fileURLToPath(new URL("../../", import.meta.url)), ".data", "test-services");
const lockDir = path.join(root, "lock");
const pgDir = path.join(root, "pg");
const redisDir = path.join(root, "redis");

export interface TestServices {
  /** Superuser URL of the test cluster's `postgres` database; tests make databases of their own. */
  postgresUrl: string;
  redisUrl: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command: string, args: string[], options: { asPostgres?: boolean } = {}): string {
  const asRoot = process.getuid?.() === 0;
  // initdb and postgres refuse to run as root: drop to Debian's `postgres` user for them.
  const [file, argv] =
    options.asPostgres && asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  return execFileSync(file, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function aptInstall(packages: string[]): void {
  if (process.getuid?.() !== 0 || !existsSync("/etc/debian_version")) {
    throw new Error(
      `the tests need ${packages.join(" and ")}: install them (Debian: apt-get install -y ${packages.join(" ")})`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // stdout goes to stderr so that the CLI's own stdout stays the URLs alone.
  const options = { env, stdio: ["ignore", 2, 2] as ("ignore" | number)[] };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], options);
  if (install().status === 0) return;
  // A fresh image has no package lists yet.
  spawnSync("apt-get", ["update"], options);
  if (install().status !== 0) throw new Error(`could not install ${packages.join(", ")} with apt-get`);
}

/** A lock shared by every process on this machine (parallel vitest workers set the services up once). */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(root, { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch {
      if (lockHolderIsGone()) rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir}`);
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** A holder that died (killed test run) leaves the folder behind; its pid tells. */
function lockHolderIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lockDir, "pid"), "utf8"));
  } catch {
    // Just created and the pid not written yet, or already released: ask again shortly, unless it is old.
    const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    return age > 10_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Sends one inline command and resolves with the first reply line, or null when nothing answers. */
function redisCommand(port: number, command: string, timeoutMs = 500): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    let reply = "";
    const done = (value: string | null) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.on("error", () => done(null));
    // SHUTDOWN closes the connection without a reply.
    socket.on("close", () => done(reply === "" ? null : reply));
    socket.on("connect", () => socket.write(`${command}\r\n`));
    socket.on("data", (chunk) => {
      reply += chunk.toString("utf8");
      if (reply.includes("\r\n")) done(reply.split("\r\n")[0] ?? "");
    });
  });
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs} ms`);
    await sleep(50);
  }
}

const redisAnswers = async (port: number) => (await redisCommand(port, "PING")) === "+PONG";

function postgresBin(): string {
  const versions = () =>
    existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .filter((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`))
          .sort((a, b) => Number(b) - Number(a))
      : [];
  if (versions().length === 0) aptInstall(["postgresql"]);
  const latest = versions()[0];
  if (!latest) throw new Error("PostgreSQL is not installed and could not be installed");
  return `/usr/lib/postgresql/${latest}/bin`;
}

function redisServerBin(): string {
  const find = () =>
    ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((file) => existsSync(file));
  if (!find()) aptInstall(["redis-server"]);
  const found = find();
  if (!found) throw new Error("redis-server is not installed and could not be installed");
  return found;
}

const postgresUrl = `postgres://postgres@127.0.0.1:${TEST_POSTGRES_PORT}/postgres`;

function postgresRunning(bin: string): boolean {
  return (
    spawnSync(`${bin}/pg_isready`, ["-q", "-h", "127.0.0.1", "-p", String(TEST_POSTGRES_PORT)]).status === 0
  );
}

async function startPostgres(): Promise<string> {
  const bin = postgresBin();
  if (postgresRunning(bin)) return postgresUrl;
  const dataDir = path.join(pgDir, "data");
  const asRoot = process.getuid?.() === 0;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    rmSync(pgDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    if (asRoot) {
      const owner = run("id", ["-u", "postgres"]).trim();
      const group = run("id", ["-g", "postgres"]).trim();
      chownSync(pgDir, Number(owner), Number(group));
      chownSync(dataDir, Number(owner), Number(group));
    }
    // Trust auth on a loopback-only, throwaway cluster; no fsync: test data need not survive a crash.
    run(`${bin}/initdb`, ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"], {
      asPostgres: true,
    });
  }
  const options = [
    `-p ${TEST_POSTGRES_PORT}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${pgDir}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  run(
    `${bin}/pg_ctl`,
    ["-D", dataDir, "-l", path.join(pgDir, "log"), "-o", options, "-w", "-t", "30", "start"],
    {
      asPostgres: true,
    },
  );
  await waitUntil(async () => postgresRunning(bin), "PostgreSQL");
  return postgresUrl;
}

function redisArgs(port: number): string[] {
  return ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
}

async function startRedis(): Promise<string> {
  const url = `redis://127.0.0.1:${TEST_REDIS_PORT}`;
  if (await redisAnswers(TEST_REDIS_PORT)) return url;
  const bin = redisServerBin();
  mkdirSync(redisDir, { recursive: true });
  run(bin, [
    ...redisArgs(TEST_REDIS_PORT),
    "--daemonize",
    "yes",
    "--dir",
    redisDir,
    "--pidfile",
    path.join(redisDir, "redis.pid"),
    "--logfile",
    path.join(redisDir, "log"),
  ]);
  await waitUntil(() => redisAnswers(TEST_REDIS_PORT), "redis-server");
  return url;
}

let ensured: Promise<TestServices> | null = null;

/** Installs (when missing) and starts (when stopped) the shared test PostgreSQL and Redis. Idempotent. */
export function ensureTestServices(): Promise<TestServices> {
  ensured ??= withLock(async () => ({ postgresUrl: await startPostgres(), redisUrl: await startRedis() }));
  return ensured;
}

/** Stops the shared test servers (their folders stay, so the next start is quick). */
export async function stopTestServices(): Promise<void> {
  await withLock(async () => {
    const dataDir = path.join(pgDir, "data");
    if (existsSync(path.join(dataDir, "postmaster.pid"))) {
      run(`${postgresBin()}/pg_ctl`, ["-D", dataDir, "-m", "fast", "-w", "stop"], { asPostgres: true });
    }
    await redisCommand(TEST_REDIS_PORT, "SHUTDOWN NOSAVE");
  });
  ensured = null;
}

/**
 * A fresh, empty PostgreSQL database on the shared test server, so test files running side by side never
 * see each other's tables. `drop` removes it.
 */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { postgresUrl: adminUrl } = await ensureTestServices();
  const name = `${prefix.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  return {
    url: adminUrl.replace(/\/postgres$/, `/${name}`),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** A loopback port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PrivateRedis {
  url: string;
  /** Kills the server outright, as a crash would, and waits until its port refuses connections. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/**
 * A redis-server of one test's own, for tests that stop it mid-way: stopping the shared one would break
 * every other test file running beside it.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  await ensureTestServices();
  const bin = redisServerBin();
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    if (child) return;
    const started = spawn(bin, redisArgs(port), { stdio: "ignore" });
    child = started;
    // A test that fails before stopping it must not leave a server behind its worker.
    process.once("exit", () => started.kill("SIGKILL"));
    await waitUntil(() => redisAnswers(port), `private redis-server on ${port}`);
  };
  const stop = async () => {
    const running = child;
    if (!running) return;
    child = null;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await exited;
    await waitUntil(async () => !(await redisAnswers(port)), `private redis-server on ${port} stopping`);
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, stop, start };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--stop")) {
    await stopTestServices();
    console.log("test services stopped");
  } else {
    const services = await ensureTestServices();
    console.log(`DATABASE_URL=${services.postgresUrl}`);
    console.log(`REDIS_URL=${services.redisUrl}`);
  }
}
