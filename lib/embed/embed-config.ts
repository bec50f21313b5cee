import "server-only";
import { type EmbedEnv, embedEnv, serverEnv } from "@/lib/config/server-env";
import { type Allowlist, parseAllowlist } from "./allowed-origins";

/** The running server's embed configuration, from the environment at run time. */

export function embedAllowlist(env: EmbedEnv = embedEnv()): Allowlist {
  return parseAllowlist(env.allowedOrigins);
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** The dashboard's public origin for iframe `src`s: NEXTAUTH_URL when set, else the request's own. */
export function publicOrigin(request: Request): string {
  const configured = serverEnv().publicUrl;
  return new URL(configured ?? request.url).origin;
}
