import "server-only";
import { ConfigError, type EmbedEnv, parseEmbedEnv } from "@/lib/config/server-env";
import {
  type AllowlistProblem,
  diagnoseOrigin,
  frameAncestorsSource,
  type OriginDiagnosis,
  parseAllowlist,
} from "./allowed-origins";

/**
 * What `/embed/diagnostics` tells a signed-in user: how the allowlist was read, whether one origin may
 * frame embeds and why, and which embed features are configured. Only whether each secret is set is
 * shown, never a value, a length or a hash of one. An anonymous visitor learns only the verdict for the
 * origin they ask about (what the embed pages' `frame-ancestors` says anyway): whether minting or a
 * server-side S2 token is configured tells an attacker which door to try.
 */
export type EmbedDiagnostics = OperatorDiagnostics | PublicDiagnostics;

export type DiagnosticsAudience = "operator" | "public";

export interface PublicDiagnostics {
  readonly audience: "public";
  readonly origin: OriginDiagnosis | null;
}

export interface OperatorDiagnostics {
  readonly audience: "operator";
  readonly configError: string | null;
  readonly allowedOrigins: readonly string[];
  readonly ignoredEntries: readonly AllowlistProblem[];
  readonly frameAncestors: string;
  readonly origin: OriginDiagnosis | null;
  /** Where the store's keys (link signatures, sealed credentials) come from (lib/store/secret-keys.ts). */
  readonly signingKey: "DATABASE_ENCRYPTION_KEY" | "AUTH_SECRET" | "none";
  readonly mintApi: boolean;
  readonly serverS2Token: boolean;
}

type Env = Record<string, string | undefined>;

export function embedDiagnostics(env: Env, origin: string | null, audience: "operator"): OperatorDiagnostics;
export function embedDiagnostics(env: Env, origin: string | null, audience: "public"): PublicDiagnostics;
export function embedDiagnostics(
  env: Env,
  origin: string | null,
  audience: DiagnosticsAudience,
): EmbedDiagnostics;
export function embedDiagnostics(
  env: Env,
  origin: string | null,
  audience: DiagnosticsAudience,
): EmbedDiagnostics {
  let embed: EmbedEnv;
  let configError: string | null = null;
  try {
    embed = parseEmbedEnv(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    configError = error.message;
    // The allowlist is read on its own by the frame policy (proxy.ts), so it still counts.
    embed = parseEmbedEnv({ EMBED_ALLOWED_ORIGINS: env.EMBED_ALLOWED_ORIGINS });
  }
  const allowlist = parseAllowlist(embed.allowedOrigins);
  const verdict = origin === null ? null : diagnoseOrigin(origin, allowlist);
  if (audience === "public") return { audience, origin: verdict };
  return {
    audience,
    configError,
    allowedOrigins: allowlist.origins,
    ignoredEntries: allowlist.problems,
    frameAncestors: frameAncestorsSource(allowlist),
    origin: verdict,
    signingKey: storeKeySource(env),
    mintApi: embed.mintSecret !== null,
    serverS2Token: embed.s2Token !== null,
  };
}

/** The same precedence as the store's (lib/store/store-env.ts); a key too short to use counts as none. */
function storeKeySource(env: Env): OperatorDiagnostics["signingKey"] {
  if ((env.DATABASE_ENCRYPTION_KEY ?? "").length >= 32) return "DATABASE_ENCRYPTION_KEY";
  if ((env.AUTH_SECRET || env.NEXTAUTH_SECRET || "").length >= 32) return "AUTH_SECRET";
  return "none";
}
