import { z } from "zod";

/**
 * Server configuration, parsed once from the environment. Nothing here is ever sent to the browser: import
 * it from server code only. Parsing is lazy so that `next build` can import route modules without the
 * runtime secrets being present.
 */

export const DEFAULT_LOCAL_S2_URL = "http://127.0.0.1:4243";
export const DEFAULT_DEMO_TOKEN = "s2-local-demo-token";
export const DEFAULT_SESSION_MAX_AGE_SECONDS = 12 * 3_600;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_CACHE_MAX_ENTRIES = 1_000;
export const DEFAULT_CACHE_TTL_SECONDS = 600;

// `.env` files and shells often carry `NAME=` for "unset"; treat an empty value as absent.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const flag = z.enum(["0", "1", "true", "false"]).transform((value) => value === "1" || value === "true");

const rawEnvSchema = z.object({
  AUTH_SECRET: optional(z.string().min(32, "AUTH_SECRET must be at least 32 characters")),
  NEXTAUTH_SECRET: optional(z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters")),
  NEXTAUTH_URL: optional(httpUrl),
  AUTH_URL: optional(httpUrl),
  AUTH_SESSION_MAX_AGE: optional(integer(60, 30 * 86_400)),
  LOCAL_S2_DEMO: optional(flag),
  LOCAL_S2_DEMO_TOKEN: optional(z.string().min(1)),
  LOCAL_S2_URL: optional(httpUrl),
  S2_ACCOUNT_ENDPOINT: optional(httpUrl),
  // May hold `{basin}` as a host label (https://{basin}.b.s2.dev), so it is not a parseable URL as given.
  S2_BASIN_ENDPOINT: optional(z.string().regex(/^https?:\/\/\S+$/, "must be an http(s) URL")),
  S2_REQUEST_TIMEOUT_MS: optional(integer(100, 120_000)),
  S2_CACHE_MAX_ENTRIES: optional(integer(0, 100_000)),
  S2_CACHE_TTL_SECONDS: optional(integer(0, 86_400)),
});

export interface ServerEnv {
  /** Key material for next-auth's encrypted session cookie; null when none is configured. */
  authSecret: string | null;
  /** The site's public origin, when configured; decides whether session cookies are `Secure`. */
  publicUrl: string | null;
  secureCookies: boolean;
  sessionMaxAgeSeconds: number;
  localDemo: boolean;
  demoToken: string;
  accountEndpoint: string;
  basinEndpoint: string;
  requestTimeoutMs: number;
  cacheMaxEntries: number;
  cacheTtlSeconds: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const stripTrailingSlash = (url: string) => url.replace(/\/+$/, "");

export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const parsed = rawEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid server environment: ${problems.join("; ")}`);
  }
  const raw = parsed.data;
  const localS2 = stripTrailingSlash(raw.LOCAL_S2_URL ?? DEFAULT_LOCAL_S2_URL);
  const publicUrl = raw.NEXTAUTH_URL ?? raw.AUTH_URL ?? null;
  return {
    authSecret: raw.AUTH_SECRET ?? raw.NEXTAUTH_SECRET ?? null,
    publicUrl,
    secureCookies: publicUrl?.startsWith("https://") ?? false,
    sessionMaxAgeSeconds: raw.AUTH_SESSION_MAX_AGE ?? DEFAULT_SESSION_MAX_AGE_SECONDS,
    localDemo: raw.LOCAL_S2_DEMO ?? false,
    demoToken: raw.LOCAL_S2_DEMO_TOKEN ?? DEFAULT_DEMO_TOKEN,
    accountEndpoint: stripTrailingSlash(raw.S2_ACCOUNT_ENDPOINT ?? localS2),
    basinEndpoint: stripTrailingSlash(raw.S2_BASIN_ENDPOINT ?? localS2),
    requestTimeoutMs: raw.S2_REQUEST_TIMEOUT_MS ?? DEFAULT_REQUEST_TIMEOUT_MS,
    cacheMaxEntries: raw.S2_CACHE_MAX_ENTRIES ?? DEFAULT_CACHE_MAX_ENTRIES,
    cacheTtlSeconds: raw.S2_CACHE_TTL_SECONDS ?? DEFAULT_CACHE_TTL_SECONDS,
  };
}

let cached: ServerEnv | undefined;

/** The process's configuration, parsed on first use. */
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** The session secret, or a ConfigError that names the variable to set. */
export function requireAuthSecret(env: ServerEnv = serverEnv()): string {
  if (env.authSecret === null) {
    throw new ConfigError("no session secret: set AUTH_SECRET (or NEXTAUTH_SECRET) to 32+ random characters");
  }
  return env.authSecret;
}

// Embedding (lib/embed). Parsed on its own, so that a mistake in an embed variable turns embedding off
// with a clear error instead of taking the whole dashboard down with it.

const embedEnvSchema = z.object({
  EMBED_SECRET: optional(z.string().min(32, "EMBED_SECRET must be at least 32 characters")),
  EMBED_ALLOWED_ORIGINS: optional(z.string()),
  EMBED_MINT_SECRET: optional(z.string().min(32, "EMBED_MINT_SECRET must be at least 32 characters")),
  EMBED_S2_TOKEN: optional(z.string().trim().min(1)),
  EMBED_REVOKED_IDS: optional(z.string()),
});

export interface EmbedEnv {
  /**
   * Key material for embed tokens: EMBED_SECRET, else the session secret. Either way the key is derived
   * under an embed-only label (lib/embed/embed-key.ts), so a session cookie never opens as an embed token.
   */
  secret: string | null;
  /** Whether `secret` is the session secret (then rotating AUTH_SECRET also revokes every embed). */
  secretIsSessionSecret: boolean;
  /** EMBED_ALLOWED_ORIGINS as written, one entry per item; lib/embed/allowed-origins.ts normalises them. */
  allowedOrigins: readonly string[];
  /** Bearer secret of `POST /api/embed/tokens`; null turns that route off. */
  mintSecret: string | null;
  /** The S2 token behind server-minted embeds; null when none is configured. */
  s2Token: string | null;
  /** Embed token ids (`jti`) refused even though their signature and expiry are fine. */
  revokedIds: ReadonlySet<string>;
}

/** A comma- (or whitespace-) separated list, as environment variables carry lists. */
export function splitEnvList(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function parseEmbedEnv(env: Record<string, string | undefined>): EmbedEnv {
  const parsed = embedEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid embed environment: ${problems.join("; ")}`);
  }
  const raw = parsed.data;
  const sessionSecret = env.AUTH_SECRET || env.NEXTAUTH_SECRET || null;
  return {
    secret: raw.EMBED_SECRET ?? sessionSecret,
    secretIsSessionSecret: raw.EMBED_SECRET === undefined && sessionSecret !== null,
    allowedOrigins: splitEnvList(raw.EMBED_ALLOWED_ORIGINS),
    mintSecret: raw.EMBED_MINT_SECRET ?? null,
    s2Token: raw.EMBED_S2_TOKEN ?? null,
    revokedIds: new Set(splitEnvList(raw.EMBED_REVOKED_IDS)),
  };
}

let cachedEmbed: EmbedEnv | undefined;

/** The process's embed configuration, parsed on first use (at run time, never baked in by the build). */
export function embedEnv(): EmbedEnv {
  cachedEmbed ??= parseEmbedEnv(process.env);
  return cachedEmbed;
}
