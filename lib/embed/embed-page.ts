import "server-only";
import { ApiError } from "@/lib/api/api-error";
import { ConfigError, embedEnv } from "@/lib/config/server-env";
import { logError } from "@/lib/log/log";
import { embedAllowlist } from "./embed-config";
import type { PublicEmbed } from "./embed-spec";
import { withEmbedStore } from "./embed-store";
import { EMBED_LINK_FAILURE_MESSAGES } from "./resolve-embed";

export type EmbedPage =
  | { readonly ok: true; readonly embed: PublicEmbed; readonly allowedOrigins: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly allowedOrigins: readonly string[] };

/**
 * What the embed page renders for a link: the record's public view (never the credential), or why not.
 * Loading the page counts one view and sets "last used"; the frame's data calls do not. The allowlist
 * goes along so the frame can check whom it talks to; it is no secret (every embed page's CSP lists it).
 */
export async function loadEmbedPage(token: string): Promise<EmbedPage> {
  let allowedOrigins: readonly string[] = [];
  try {
    allowedOrigins = embedAllowlist(embedEnv()).origins;
    const verdict = await withEmbedStore((embeds) => embeds.resolver.resolve(token, { countView: true }));
    if (!verdict.ok)
      return { ok: false, message: EMBED_LINK_FAILURE_MESSAGES[verdict.reason], allowedOrigins };
    return { ok: true, embed: verdict.embed, allowedOrigins };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, message: error.message, allowedOrigins };
    if (!(error instanceof ConfigError)) throw error;
    logError("embed", "config_error", { error: error.message });
    return { ok: false, message: "Embedding is not configured on this dashboard.", allowedOrigins };
  }
}
