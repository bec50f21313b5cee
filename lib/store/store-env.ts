import path from "node:path";
import { z } from "zod";

/**
 * Configuration of the dashboard's own database and shared cache, parsed from the environment. Kept beside
 * the store until it is folded into lib/config/server-env.ts; like it, it treats `NAME=` as unset.
 */

export const DEFAULT_SQLITE_FILE = ".data/dashboard.sqlite";
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 200;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const rawStoreEnvSchema = z.object({
  DATABASE_URL: optional(
    z.string().regex(/^(postgres(ql)?:\/\/\S+|sqlite:\S+)$/, "must be a postgres:// URL or sqlite:<file>"),
  ),
  DATABASE_ENCRYPTION_KEY: optional(
    z.string().min(32, "DATABASE_ENCRYPTION_KEY must be at least 32 characters"),
  ),
  AUTH_SECRET: optional(z.string()),
  NEXTAUTH_SECRET: optional(z.string()),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")),
  REDIS_COMMAND_TIMEOUT_MS: optional(z.coerce.number().int().min(10).max(10_000)),
});

export type DatabaseLocation = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface StoreEnv {
  database: DatabaseLocation;
  /** Key material for the credentials kept in the database and the embed link signatures; null if unset. */
  encryptionSecret: string | null;
  redisUrl: string | null;
  redisCommandTimeoutMs: number;
}

export class StoreConfigError extends Error {
  override name = "StoreConfigError";
}

export function parseStoreEnv(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): StoreEnv {
  const parsed = rawStoreEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new StoreConfigError(`invalid store environment: ${problems.join("; ")}`);
  }
  const raw = parsed.data;
  const url = raw.DATABASE_URL;
  const database: DatabaseLocation =
    url === undefined
      ? { kind: "sqlite", file: path.resolve(cwd, DEFAULT_SQLITE_FILE) }
      : url.startsWith("sqlite:")
        ? { kind: "sqlite", file: path.resolve(cwd, url.slice("sqlite:".length)) }
        : { kind: "postgres", url };
  return {
    database,
    encryptionSecret: raw.DATABASE_ENCRYPTION_KEY ?? raw.AUTH_SECRET ?? raw.NEXTAUTH_SECRET ?? null,
    redisUrl: raw.REDIS_URL ?? null,
    redisCommandTimeoutMs: raw.REDIS_COMMAND_TIMEOUT_MS ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  };
}
