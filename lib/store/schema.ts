import type { Generated } from "kysely";

/**
 * The dashboard's own tables, as Kysely sees them. Times are epoch milliseconds in a 64-bit integer column
 * (PostgreSQL `bigint`, SQLite INTEGER): one representation that compares and sorts the same on both.
 */

export interface EmbedsTable {
  /** 128-bit random id, base64url; the link carries it with an HMAC over it. */
  id: string;
  /** Who made it: a display label or a hash of their token, never the token. */
  owner: string;
  /** What it shows (level, basin, stream, sets, range rules, theme) as JSON; the embed contract validates it. */
  spec: string;
  /** The S2 credential, AES-256-GCM sealed with the id as associated data (see sealed-secret.ts). */
  credential: string;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  last_used_at: number | null;
  views: Generated<number>;
}

export interface RevokedSessionsTable {
  /** The session JWT's `jti`. */
  jti: string;
  /** When the session would have expired anyway; the row can go after that. */
  expires_at: number;
  revoked_at: number;
}

export interface DashboardDatabase {
  embeds: EmbedsTable;
  revoked_sessions: RevokedSessionsTable;
}
