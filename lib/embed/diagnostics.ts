import { ConfigError, type EmbedEnv, parseEmbedEnv } from "@/lib/config/server-env";
import {
  type AllowlistProblem,
  diagnoseOrigin,
  frameAncestorsSource,
  type OriginDiagnosis,
  parseAllowlist,
} from "./allowed-origins";

/**
 * What `/embed/diagnostics` tells an operator: how the allowlist was read, whether one origin may frame
 * embeds and why, and which embed features are configured. Only whether each secret is set is shown,
 * never a value, a length or a hash of one.
 */
export interface EmbedDiagnostics {
  readonly configError: string | null;
  readonly allowedOrigins: readonly string[];
  readonly ignoredEntries: readonly AllowlistProblem[];
  readonly frameAncestors: string;
  readonly origin: OriginDiagnosis | null;
  readonly signingKey: "EMBED_SECRET" | "AUTH_SECRET" | "none";
  readonly mintApi: boolean;
  readonly serverS2Token: boolean;
  readonly revokedIds: number;
}

export function embedDiagnostics(
  env: Record<string, string | undefined>,
  origin: string | null,
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
  return {
    configError,
    allowedOrigins: allowlist.origins,
    ignoredEntries: allowlist.problems,
    frameAncestors: frameAncestorsSource(allowlist),
    origin: origin === null ? null : diagnoseOrigin(origin, allowlist),
    signingKey: embed.secret === null ? "none" : embed.secretIsSessionSecret ? "AUTH_SECRET" : "EMBED_SECRET",
    mintApi: embed.mintSecret !== null,
    serverS2Token: embed.s2Token !== null,
    revokedIds: embed.revokedIds.size,
  };
}
