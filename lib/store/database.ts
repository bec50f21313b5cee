import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
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
 * Brings the schema up to date; safe when several replicas start at once. On PostgreSQL, Kysely's Migrator
 * holds a session advisory lock (pg_advisory_lock) around reading the applied list and migrating, in one
 * transaction, and tolerates the race on creating its own tables. On SQLite a second process can still meet
 * SQLITE_BUSY when both upgrade a read transaction to a write one: that attempt is retried, and re-reads
 * what the first one applied. Returns the names applied by this call.
 */
export async function migrateToLatest(db: Kysely<DashboardDatabase>, attempts = 8): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error)
      return (results ?? []).filter((result) => result.status === "Success").map((r) => r.migrationName);
    if (attempt >= attempts || !isLockContention(error)) {
      throw new MigrationError(`database migration failed: ${errorMessage(error)}`, { cause: error });
    }
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 50));
  }
}

function isLockContention(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
