import type { Kysely, Migration } from "kysely";

/**
 * Every schema change, in order, applied at start by `migrateToLatest`. Kysely records applied names in
 * `kysely_migration`; never edit or reorder an applied migration, add a new one. Written in the subset of
 * types that SQLite and PostgreSQL read alike (`text`, `bigint`, `integer`).
 */

// Migrations receive the database untyped: the schema they build is what later code is typed against.
type AnyDatabase = Kysely<unknown>;

export const migrations: Record<string, Migration> = {
  "0001-embeds-and-session-revocations": {
    async up(db: AnyDatabase) {
      await db.schema
        .createTable("embeds")
        .addColumn("id", "text", (col) => col.primaryKey())
        .addColumn("owner", "text", (col) => col.notNull())
        .addColumn("spec", "text", (col) => col.notNull())
        .addColumn("credential", "text", (col) => col.notNull())
        .addColumn("created_at", "bigint", (col) => col.notNull())
        .addColumn("expires_at", "bigint")
        .addColumn("revoked_at", "bigint")
        .addColumn("last_used_at", "bigint")
        .addColumn("views", "integer", (col) => col.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex("embeds_owner").on("embeds").columns(["owner", "created_at"]).execute();
      await db.schema
        .createTable("revoked_sessions")
        .addColumn("jti", "text", (col) => col.primaryKey())
        .addColumn("expires_at", "bigint", (col) => col.notNull())
        .addColumn("revoked_at", "bigint", (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex("revoked_sessions_expiry")
        .on("revoked_sessions")
        .column("expires_at")
        .execute();
    },
    async down(db: AnyDatabase) {
      await db.schema.dropTable("revoked_sessions").execute();
      await db.schema.dropTable("embeds").execute();
    },
  },
};
