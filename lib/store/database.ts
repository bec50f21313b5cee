import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { logError } from "@/lib/log/log";
import { migrations } from "./migrations";
import type { DashboardDatabase } from "./schema";
import type { DatabaseLocation } from "./store-env";

/** Opens the dashboard's database: a SQLite file by default, PostgreSQL when DATABASE_URL says so. */

// pg returns 64-bit integers as strings (they can exceed 2^53); ours are epoch milliseconds and counts.
const INT8_OID = 20;
const int8AsNumber: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID && format !== "binary"
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

export interface DatabaseOptions {
  /** PostgreSQL pool size per process. */
  poolSize?: number;
}

export function createDatabase(
  location: DatabaseLocation,
  options: DatabaseOptions = {},
): Kysely<DashboardDatabase> {
  if (location.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: location.url,
      max: options.poolSize ?? 10,
      types: int8AsNumber,
    });
    // A pooled connection the server closes while idle (a restart, a failover, an administrator) is
    // reported on the pool; with no listener Node treats it as uncaught and the whole server exits. The
    // pool opens a new connection on next use, so saying so is all there is to do.
    pool.on("error", (error) => {
      logError("store", "idle_connection_lost", { error: error.message });
    });
    return new Kysely<DashboardDatabase>({ dialect: new PostgresDialect({ pool }) });
  }
  mkdirSync(path.dirname(location.file), { recursive: true });
  const sqlite = new Database(location.file);
  // WAL lets readers run beside the writer; the busy timeout makes a second process wait for a lock
  // (several `next start` workers on one file) instead of failing at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<DashboardDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * Brings the schema up to date; safe when several replicas start at once. Returns the names it applied.
 *
 * PostgreSQL: Kysely's Migrator holds a session advisory lock (pg_advisory_lock) around reading the applied
 * list and migrating, in one transaction, and tolerates the race on creating its own tables.
 * SQLite: Kysely runs SQLite migrations outside a transaction and its lock is only "one connection", which
 * says nothing about a second process on the same file (two `next start` workers). So the migration runs
 * under an exclusive lock on a companion file, which a second process waits for (busy timeout), then finds
 * everything applied.
 */
export async function migrateToLatest(
  db: Kysely<DashboardDatabase>,
  location: DatabaseLocation,
): Promise<string[]> {
  const migrate = async () => {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const { error, results } = await migrator.migrateToLatest();
    if (error)
      throw new MigrationError(`database migration failed: ${errorMessage(error)}`, { cause: error });
    return (results ?? []).filter((result) => result.status === "Success").map((r) => r.migrationName);
  };
  return location.kind === "sqlite" ? withFileLock(`${location.file}.migration-lock`, migrate) : migrate();
}

// Within one process the file lock cannot order two callers (its wait would block the thread that holds
// it), so callers in the same process queue here first.
const localQueues = new Map<string, Promise<unknown>>();

async function withFileLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const previous = localQueues.get(lockFile) ?? Promise.resolve();
  const run = previous
    .catch(() => {})
    .then(async () => {
      const lock = new Database(lockFile);
      try {
        lock.pragma("busy_timeout = 60000");
        lock.exec("BEGIN EXCLUSIVE");
        return await work();
      } finally {
        if (lock.inTransaction) lock.exec("ROLLBACK");
        lock.close();
      }
    });
  localQueues.set(lockFile, run);
  try {
    return await run;
  } finally {
    if (localQueues.get(lockFile) === run) localQueues.delete(lockFile);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
