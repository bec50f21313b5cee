import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Point, ResourceSet } from "@/lib/s2/contract";
import { carryForward, divisions, groupSeries } from "./bucketing";
import {
  type CatalogBasin,
  type CatalogStream,
  type CounterEvent,
  type CounterSet,
  type GaugeReading,
  MAX_RECORD_VALUE,
  type RecordBatch,
} from "./records";

/**
 * The local backend's embedded SQLite database. Counters are kept as sums per exact second (lossless for
 * every query S2 can ask, since accumulations only add), gauges as readings; both tables are clustered on
 * the columns the range queries walk, so a 30-day minute query reads one contiguous key range.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS counters (
  set_name TEXT NOT NULL, scope TEXT NOT NULL, ts INTEGER NOT NULL, series TEXT NOT NULL, value REAL NOT NULL,
  PRIMARY KEY (set_name, scope, ts, series)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS gauges (
  basin TEXT NOT NULL, stream TEXT NOT NULL, ts INTEGER NOT NULL, value REAL NOT NULL,
  PRIMARY KEY (basin, stream, ts)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS basins (
  name TEXT PRIMARY KEY, created_at INTEGER NOT NULL, deleted_at INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS streams (
  basin TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL, deleted_at INTEGER,
  PRIMARY KEY (basin, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idempotency (
  key TEXT PRIMARY KEY, body_hash TEXT NOT NULL, counters INTEGER NOT NULL, gauges INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/** Account-wide counters are stored under the empty scope; a basin-level gauge under the empty stream. */
const ACCOUNT_SCOPE = "";
const BASIN_WIDE = "";

export interface ListPage<T> {
  items: T[];
  hasMore: boolean;
}

export interface ListQuery {
  prefix: string;
  startAfter: string;
  limit: number;
  /** The token's scope over these names; undefined means all. */
  scope?: ResourceSet;
}

export type IdempotentResult =
  | { kind: "recorded"; counters: number; gauges: number }
  | { kind: "duplicate"; counters: number; gauges: number }
  | { kind: "conflict" }
  /** Counter `index` of the batch would take its stored per-second sum past MAX_RECORD_VALUE. */
  | { kind: "overflow"; index: number };

export const DB_FILE_NAME = "local-s2.sqlite";

export function openStore(dataDir: string | ":memory:"): MetricsStore {
  if (dataDir === ":memory:") return new MetricsStore(new Database(":memory:"));
  mkdirSync(dataDir, { recursive: true });
  return new MetricsStore(new Database(path.join(dataDir, DB_FILE_NAME)));
}

function scopeClause(column: string, scope: ResourceSet | undefined): { sql: string; params: string[] } {
  if (!scope) return { sql: "", params: [] };
  if ("exact" in scope) return { sql: ` AND ${column} = ?`, params: [scope.exact] };
  if (scope.prefix === "") return { sql: "", params: [] };
  return { sql: ` AND substr(${column}, 1, length(?)) = ?`, params: [scope.prefix, scope.prefix] };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCounterKey = (a: CounterEvent, b: CounterEvent) =>
  cmp(a.set, b.set) || cmp(a.basin ?? "", b.basin ?? "") || a.ts - b.ts || cmp(a.series, b.series);
const byGaugeKey = (a: GaugeReading, b: GaugeReading) =>
  cmp(a.basin, b.basin) || cmp(a.stream ?? "", b.stream ?? "") || a.ts - b.ts;

export class MetricsStore {
  private readonly upsertCounter;
  private readonly storedCounter;
  private readonly upsertGauge;
  private readonly upsertBasin;
  private readonly upsertStream;

  constructor(readonly db: Database.Database) {
    db.pragma("journal_mode = WAL");
    // WAL + NORMAL survives a killed process (only an OS crash can lose the last commits).
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    db.exec(SCHEMA);
    this.upsertCounter = db.prepare(
      `INSERT INTO counters (set_name, scope, ts, series, value) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET value = value + excluded.value`,
    );
    this.storedCounter = db.prepare(
      "SELECT value FROM counters WHERE set_name = ? AND scope = ? AND ts = ? AND series = ?",
    );
    this.upsertGauge = db.prepare(
      `INSERT INTO gauges (basin, stream, ts, value) VALUES (?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET value = excluded.value`,
    );
    this.upsertBasin = db.prepare(
      `INSERT INTO basins (name, created_at, deleted_at) VALUES (?, ?, ?)
       ON CONFLICT DO UPDATE SET created_at = min(created_at, excluded.created_at),
         deleted_at = coalesce(excluded.deleted_at, deleted_at)`,
    );
    this.upsertStream = db.prepare(
      `INSERT INTO streams (basin, name, created_at, deleted_at) VALUES (?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET created_at = min(created_at, excluded.created_at),
         deleted_at = coalesce(excluded.deleted_at, deleted_at)`,
    );
  }

  close(): void {
    this.db.close();
  }

  getMeta(key: string): string | undefined {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as
      | { value: string }
      | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value")
      .run(key, value);
  }

  /**
   * Writes a catalog, a batch of records and meta entries in one transaction: all of it or none of it,
   * so a progress marker in meta never runs ahead of the data it describes.
   */
  write(
    batch: RecordBatch,
    catalog?: { basins: CatalogBasin[]; streams: CatalogStream[] },
    meta: Record<string, string> = {},
  ): void {
    this.db.transaction(() => {
      this.writeUnsafe(batch, catalog);
      for (const [key, value] of Object.entries(meta)) this.setMeta(key, value);
    })();
  }

  /**
   * Records a batch at most once per idempotency key. A retry with the same key and body is a duplicate
   * (counted once); the same key with another body is a conflict and writes nothing.
   */
  writeIdempotent(
    key: string,
    bodyHash: string,
    batch: RecordBatch,
    catalog: { basins: CatalogBasin[]; streams: CatalogStream[] },
    now: number,
  ): IdempotentResult {
    return this.db.transaction((): IdempotentResult => {
      const seen = this.db
        .prepare("SELECT body_hash, counters, gauges FROM idempotency WHERE key = ?")
        .get(key) as { body_hash: string; counters: number; gauges: number } | undefined;
      if (seen) {
        return seen.body_hash === bodyHash
          ? { kind: "duplicate", counters: seen.counters, gauges: seen.gauges }
          : { kind: "conflict" };
      }
      const overflow = this.firstOverflow(batch.counters);
      if (overflow !== null) return { kind: "overflow", index: overflow };
      this.writeUnsafe(batch, catalog);
      this.db
        .prepare(
          "INSERT INTO idempotency (key, body_hash, counters, gauges, created_at) VALUES (?, ?, ?, ?, ?)",
        )
        .run(key, bodyHash, batch.counters.length, batch.gauges.length, now);
      return { kind: "recorded", counters: batch.counters.length, gauges: batch.gauges.length };
    })();
  }

  /**
   * The first counter that would take a stored per-second sum (what is stored plus what the batch adds
   * before it) past MAX_RECORD_VALUE, or null. Run inside the write's transaction, so nothing can add to
   * a sum between this check and the write.
   */
  private firstOverflow(counters: CounterEvent[]): number | null {
    const sums = new Map<string, number>();
    for (const [index, c] of counters.entries()) {
      const scope = c.basin ?? ACCOUNT_SCOPE;
      const cell = JSON.stringify([c.set, scope, c.ts, c.series]);
      let sum = sums.get(cell);
      if (sum === undefined) {
        const row = this.storedCounter.get(c.set, scope, c.ts, c.series) as { value: number } | undefined;
        sum = row?.value ?? 0;
      }
      sum += c.value;
      if (!(sum <= MAX_RECORD_VALUE)) return index;
      sums.set(cell, sum);
    }
    return null;
  }

  private writeUnsafe(
    batch: RecordBatch,
    catalog?: { basins: CatalogBasin[]; streams: CatalogStream[] },
  ): void {
    for (const b of catalog?.basins ?? []) this.upsertBasin.run(b.name, b.createdAt, b.deletedAt);
    for (const s of catalog?.streams ?? []) this.upsertStream.run(s.basin, s.name, s.createdAt, s.deletedAt);
    // In primary-key order, so each B-tree leaf is loaded once per batch rather than once per row: a
    // backfill day holds thousands of interleaved keys (2,000 fleet devices), far more than the page cache.
    // Sums do not depend on order, and the sort is stable, so a repeated gauge key still ends on its last.
    for (const c of [...batch.counters].sort(byCounterKey)) {
      this.upsertCounter.run(c.set, c.basin ?? ACCOUNT_SCOPE, c.ts, c.series, c.value);
    }
    for (const g of [...batch.gauges].sort(byGaugeKey)) {
      this.upsertGauge.run(g.basin, g.stream ?? BASIN_WIDE, g.ts, g.value);
    }
  }

  /** Sums of a counter set per series and aligned bucket, over events with start <= ts < end. */
  accumulate(
    set: CounterSet,
    basin: string | null,
    start: number,
    end: number,
    intervalSeconds: number,
  ): Map<string, Point[]> {
    const rows = this.db
      .prepare(
        `SELECT series, ts - ts % ? AS t, SUM(value) AS v FROM counters
         WHERE set_name = ? AND scope = ? AND ts >= ? AND ts < ?
         GROUP BY series, t ORDER BY series, t`,
      )
      .iterate(intervalSeconds, set, basin ?? ACCOUNT_SCOPE, start, end) as Iterable<{
      series: string;
      t: number;
      v: number;
    }>;
    return groupSeries(rows);
  }

  /** Gauge points, one per division of [start, end): the latest reading at or before each. */
  gauge(basin: string, stream: string | null, start: number, end: number, intervalSeconds: number): Point[] {
    const grid = divisions(start, end, intervalSeconds);
    const first = grid[0];
    const last = grid.at(-1);
    if (first === undefined || last === undefined) return [];
    const key = stream ?? BASIN_WIDE;
    const prior = this.db
      .prepare("SELECT value FROM gauges WHERE basin = ? AND stream = ? AND ts <= ? ORDER BY ts DESC LIMIT 1")
      .get(basin, key, first) as { value: number } | undefined;
    // Each reading belongs to the first division at or after it; the latest such reading wins there.
    // (better-sqlite3 binds numbers as REAL, and SQLite's % works on integers, so % keeps this integral.)
    const rows = this.db
      .prepare(
        `SELECT ts + (? - ts % ?) % ? AS d, value, MAX(ts) AS latest FROM gauges
         WHERE basin = ? AND stream = ? AND ts > ? AND ts <= ? GROUP BY d`,
      )
      .all(intervalSeconds, intervalSeconds, intervalSeconds, basin, key, first, last) as {
      d: number;
      value: number;
    }[];
    const perDivision = new Map(rows.map((r) => [r.d, r.value]));
    return carryForward(grid, prior?.value ?? null, perDivision);
  }

  /** Basins with at least one stream that existed during [start, end). */
  activeBasins(start: number, end: number, scope?: ResourceSet): string[] {
    const s = scopeClause("basin", scope);
    const rows = this.db
      .prepare(
        `SELECT DISTINCT basin FROM streams
         WHERE created_at < ? AND (deleted_at IS NULL OR deleted_at > ?)${s.sql} ORDER BY basin`,
      )
      .all(end, start, ...s.params) as { basin: string }[];
    return rows.map((r) => r.basin);
  }

  basinExists(name: string): boolean {
    return this.db.prepare("SELECT 1 FROM basins WHERE name = ?").get(name) !== undefined;
  }

  listBasins(q: ListQuery): ListPage<CatalogBasin> {
    return this.listNames("basins", "1 = 1", [], q);
  }

  listStreams(basin: string, q: ListQuery): ListPage<CatalogStream> {
    const page = this.listNames("streams", "basin = ?", [basin], q);
    return { items: page.items.map((item) => ({ basin, ...item })), hasMore: page.hasMore };
  }

  /** One page of names in S2's listing order, filtered by prefix, cursor and the token's scope. */
  private listNames(
    table: "basins" | "streams",
    where: string,
    whereParams: string[],
    q: ListQuery,
  ): ListPage<CatalogBasin> {
    const s = scopeClause("name", q.scope);
    const rows = this.db
      .prepare(
        `SELECT name, created_at, deleted_at FROM ${table}
         WHERE ${where} AND name >= ? AND substr(name, 1, length(?)) = ? AND name > ?${s.sql}
         ORDER BY name LIMIT ?`,
      )
      // `name >= prefix` adds nothing to the filter but lets SQLite seek to the prefix in the primary key
      // instead of scanning from the first name (2,000 streams in fleet-sensors).
      .all(...whereParams, q.prefix, q.prefix, q.prefix, q.startAfter, ...s.params, q.limit + 1) as {
      name: string;
      created_at: number;
      deleted_at: number | null;
    }[];
    return {
      items: rows
        .slice(0, q.limit)
        .map((r) => ({ name: r.name, createdAt: r.created_at, deletedAt: r.deleted_at })),
      hasMore: rows.length > q.limit,
    };
  }

  counts(): { counters: number; gauges: number } {
    const c = this.db.prepare("SELECT count(*) AS n FROM counters").get() as { n: number };
    const g = this.db.prepare("SELECT count(*) AS n FROM gauges").get() as { n: number };
    return { counters: c.n, gauges: g.n };
  }
}
