import { ConfigError, embedEnv } from "@/lib/config/server-env";
import { logError } from "@/lib/log/log";
import { type PublicEmbed, publicEmbed } from "./contract";
import { embedAllowlist, openConfiguredEmbedToken } from "./embed-config";
import { EMBED_TOKEN_FAILURE_MESSAGES } from "./embed-token";

export type EmbedPage =
  | { readonly ok: true; readonly embed: PublicEmbed; readonly allowedOrigins: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly allowedOrigins: readonly string[] };

/**
 * What the embed page renders for a token: its public claims (never the credential), or why not. The
 * allowlist goes along so the frame can check whom it talks to; it is no secret (every embed page's CSP
 * header lists it).
 */
export async function loadEmbedPage(token: string): Promise<EmbedPage> {
  let allowedOrigins: readonly string[] = [];
  try {
    allowedOrigins = embedAllowlist(embedEnv()).origins;
    const verdict = await openConfiguredEmbedToken(token);
    if (!verdict.ok)
      return { ok: false, message: EMBED_TOKEN_FAILURE_MESSAGES[verdict.reason], allowedOrigins };
    return { ok: true, embed: publicEmbed(verdict.claims), allowedOrigins };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logError("embed", "config_error", { error: error.message });
    return { ok: false, message: "Embedding is not configured on this dashboard.", allowedOrigins };
  }
}
