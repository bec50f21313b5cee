import "server-only";
import { z } from "zod";
import { registerSecret } from "@/lib/log/log";
import type { PricesSource } from "@/lib/pricing/price-config";
import { parseStoreEnv, StoreConfigError, type StoreEnv } from "@/lib/store/store-env";
import { ConfigError } from "./config-error";
import { resolveS2Endpoints, type UpstreamKind } from "./endpoints";
import { listenHost } from "./listen";

export { ConfigError } from "./config-error";

/**
 * Server configuration, parsed once from the environment: the one place the server reads process.env
 * (command-line tools under lib/cli, lib/bench and the tests read their own). Nothing here is ever sent to
 * the browser. Parsing is lazy so that `next build` can import route modules without the runtime secrets.
 */

export const DEFAULT_LOCAL_S2_URL = "http://127.0.0.1:4243";
export const DEFAULT_DEMO_TOKEN = "s2-local-demo-token";
export const DEFAULT_SESSION_MAX_AGE_SECONDS = 12 * 3_600;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_CACHE_MAX_ENTRIES = 1_000;
export const DEFAULT_CACHE_TTL_SECONDS = 600;
export const DEFAULT_SIGN_IN_ATTEMPTS = 10;
export const DEFAULT_SIGN_IN_WINDOW_SECONDS = 60;
/**
 * Room for one full sort of a 2,000-stream basin by storage (one call per stream per 30-day window,
 * cached afterwards) within a minute, with headroom for the token's views; at 600 that sort took minutes.
 */
export const DEFAULT_S2_CALLS_PER_MINUTE = 3_000;

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
  // Offers the demo button to clients that are not on this machine too (it signs in with full access).
  LOCAL_S2_DEMO_REMOTE: optional(flag),
  // The address `npm start` binds (lib/config/listen.ts); the demo button depends on it.
  HOST: optional(z.string().max(255)),
  // How many reverse proxies in front append to X-Forwarded-For; `true` is one, `0`/`false` trusts none.
  AUTH_TRUST_PROXY: optional(
    z.union([z.enum(["true", "false"]).transform((value) => (value === "true" ? 1 : 0)), integer(0, 10)]),
  ),
  AUTH_SIGN_IN_ATTEMPTS: optional(integer(0, 100_000)),
  AUTH_SIGN_IN_WINDOW_SECONDS: optional(integer(1, 86_400)),
  // Real S2 calls (not cache hits) one token may cause per minute, across all replicas; 0 turns it off.
  S2_CALLS_PER_MINUTE: optional(integer(0, 1_000_000)),
});

export interface ServerEnv {
  /** Key material for next-auth's encrypted session cookie; null when none is configured. */
  authSecret: string | null;
  /** The site's public origin, when configured; decides whether session cookies are `Secure`. */
  publicUrl: string | null;
  secureCookies: boolean;
  sessionMaxAgeSeconds: number;
  localDemo: boolean;
  /** Whether the demo button is offered to clients that are not on loopback. */
  demoForRemoteClients: boolean;
  /** The address the server listens on (HOST, default loopback). */
  listenHost: string;
  demoToken: string;
  /** Which kind of backend the endpoints below point at (lib/config/endpoints.ts). */
  upstream: UpstreamKind;
  accountEndpoint: string;
  basinEndpoint: string;
  requestTimeoutMs: number;
  cacheMaxEntries: number;
  cacheTtlSeconds: number;
  signIn: SignInLimitSettings;
  /** Per-token budget of real upstream calls per minute (lib/upstream/s2-call-budget.ts); 0 is no limit. */
  s2CallsPerMinute: number;
  /**
   * The dashboard's own database and the shared cache: DATABASE_URL, DATABASE_ENCRYPTION_KEY, REDIS_URL,
   * REDIS_COMMAND_TIMEOUT_MS (parsed by lib/store/store-env.ts).
   */
  store: StoreEnv;
}

export interface SignInLimitSettings {
  /** Sign-in attempts that reach the token check, per client per window; 0 turns the limit off. */
  attempts: number;
  windowSeconds: number;
  /** Reverse proxies trusted to append the client's address to X-Forwarded-For; 0 trusts none. */
  trustedProxyHops: number;
}

export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const parsed = rawEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid server environment: ${problems.join("; ")}`);
  }
  const raw = parsed.data;
  const endpoints = resolveS2Endpoints({
    account: raw.S2_ACCOUNT_ENDPOINT,
    basin: raw.S2_BASIN_ENDPOINT,
    localS2Url: raw.LOCAL_S2_URL ?? DEFAULT_LOCAL_S2_URL,
  });
  const publicUrl = raw.NEXTAUTH_URL ?? raw.AUTH_URL ?? null;
  return {
    authSecret: raw.AUTH_SECRET ?? raw.NEXTAUTH_SECRET ?? null,
    publicUrl,
    secureCookies: publicUrl?.startsWith("https://") ?? false,
    sessionMaxAgeSeconds: raw.AUTH_SESSION_MAX_AGE ?? DEFAULT_SESSION_MAX_AGE_SECONDS,
    localDemo: raw.LOCAL_S2_DEMO ?? false,
    demoForRemoteClients: raw.LOCAL_S2_DEMO_REMOTE ?? false,
    listenHost: listenHost(raw.HOST),
    demoToken: raw.LOCAL_S2_DEMO_TOKEN ?? DEFAULT_DEMO_TOKEN,
    upstream: endpoints.kind,
    accountEndpoint: endpoints.accountEndpoint,
    basinEndpoint: endpoints.basinEndpoint,
    requestTimeoutMs: raw.S2_REQUEST_TIMEOUT_MS ?? DEFAULT_REQUEST_TIMEOUT_MS,
    cacheMaxEntries: raw.S2_CACHE_MAX_ENTRIES ?? DEFAULT_CACHE_MAX_ENTRIES,
    cacheTtlSeconds: raw.S2_CACHE_TTL_SECONDS ?? DEFAULT_CACHE_TTL_SECONDS,
    signIn: {
      attempts: raw.AUTH_SIGN_IN_ATTEMPTS ?? DEFAULT_SIGN_IN_ATTEMPTS,
      windowSeconds: raw.AUTH_SIGN_IN_WINDOW_SECONDS ?? DEFAULT_SIGN_IN_WINDOW_SECONDS,
      trustedProxyHops: raw.AUTH_TRUST_PROXY ?? 0,
    },
    s2CallsPerMinute: raw.S2_CALLS_PER_MINUTE ?? DEFAULT_S2_CALLS_PER_MINUTE,
    store: parseStoreSection(env),
  };
}

function parseStoreSection(env: Record<string, string | undefined>): StoreEnv {
  try {
    return parseStoreEnv(env);
  } catch (error) {
    if (error instanceof StoreConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

let cached: ServerEnv | undefined;

/** The process's configuration, parsed on first use. */
export function serverEnv(): ServerEnv {
  if (cached === undefined) {
    cached = parseServerEnv(process.env);
    // Whatever a log line holds, these never appear in it (lib/log).
    registerSecret(cached.authSecret);
    registerSecret(cached.demoToken);
    registerSecret(cached.store.encryptionSecret);
    // A Redis URL may carry a password; a Postgres URL usually does.
    registerSecret(cached.store.redisUrl);
    if (cached.store.database.kind === "postgres") registerSecret(cached.store.database.url);
  }
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
  EMBED_ALLOWED_ORIGINS: optional(z.string()),
  EMBED_MINT_SECRET: optional(z.string().min(32, "EMBED_MINT_SECRET must be at least 32 characters")),
  EMBED_S2_TOKEN: optional(z.string().trim().min(1)),
});

// Embeds are records in the dashboard's store (lib/store): their links are signed, and their S2 credentials
// sealed, with keys derived from DATABASE_ENCRYPTION_KEY (else AUTH_SECRET), so there is no embed secret.
export interface EmbedEnv {
  /** EMBED_ALLOWED_ORIGINS as written, one entry per item; lib/embed/allowed-origins.ts normalises them. */
  allowedOrigins: readonly string[];
  /** Bearer secret of `POST /api/embed/tokens`; null turns that route off. */
  mintSecret: string | null;
  /** The S2 token behind server-minted embeds; null when none is configured. */
  s2Token: string | null;
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
  return {
    allowedOrigins: splitEnvList(raw.EMBED_ALLOWED_ORIGINS),
    mintSecret: raw.EMBED_MINT_SECRET ?? null,
    s2Token: raw.EMBED_S2_TOKEN ?? null,
  };
}

let cachedEmbed: EmbedEnv | undefined;

/** The process's embed configuration, parsed on first use (at run time, never baked in by the build). */
export function embedEnv(): EmbedEnv {
  if (cachedEmbed === undefined) {
    cachedEmbed = parseEmbedEnv(process.env);
    for (const secret of [cachedEmbed.mintSecret, cachedEmbed.s2Token]) registerSecret(secret);
  }
  return cachedEmbed;
}

/**
 * The embed frame policy's inputs (proxy.ts). Only EMBED_ALLOWED_ORIGINS is read, and nothing here throws,
 * so a mistake in any other variable cannot take the frame policy down with it.
 */
export function embedFramePolicySettings(): { allowedOrigins: string[]; development: boolean } {
  return {
    allowedOrigins: splitEnvList(process.env.EMBED_ALLOWED_ORIGINS),
    development: process.env.NODE_ENV === "development",
  };
}

const EMBED_DIAGNOSTICS_VARIABLES = [
  "EMBED_ALLOWED_ORIGINS",
  "EMBED_MINT_SECRET",
  "EMBED_S2_TOKEN",
  "DATABASE_ENCRYPTION_KEY",
  "AUTH_SECRET",
  "NEXTAUTH_SECRET",
] as const;

/**
 * The raw variables `/embed/diagnostics` reports on (lib/embed/diagnostics.ts parses them itself, so it
 * can say what is wrong instead of failing). Secrets are among them: the report shows only whether each
 * is set, and this stays on the server.
 */
export function embedDiagnosticsSource(): Record<string, string | undefined> {
  return Object.fromEntries(EMBED_DIAGNOSTICS_VARIABLES.map((name) => [name, process.env[name]]));
}

// Prices (lib/pricing). Read apart from the rest: they are optional, and parsed by lib/pricing, whose
// errors name the field at fault.

/** S2_PRICES (inline JSON) and S2_PRICES_FILE (a path), as configured; empty values count as unset. */
export function pricesSource(env: Record<string, string | undefined> = process.env): PricesSource {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === "" ? null : raw;
  };
  return { inline: value("S2_PRICES"), file: value("S2_PRICES_FILE") };
}
