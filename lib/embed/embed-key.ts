import { ConfigError } from "@/lib/config/config-error";
import type { EmbedEnv } from "@/lib/config/server-env";

/**
 * The key that seals embed tokens: next-auth's JWE (`dir` + A256GCM) under a key derived by HKDF from
 * EMBED_SECRET (else the session secret) with an embed-only salt. next-auth derives the session cookie's
 * key from the same kind of secret with an empty salt, so the two keys always differ: a session cookie
 * never decrypts as an embed token, nor an embed token as a session, even when both secrets are the same.
 */
export interface EmbedKey {
  readonly secret: string;
  readonly salt: string;
}

/** The purpose label; changing it (or the secret) revokes every embed token ever issued. */
export const EMBED_KEY_SALT = "s2-dashboard embed token v1";

export function embedKeyFromSecret(secret: string): EmbedKey {
  return { secret, salt: EMBED_KEY_SALT };
}

/** The configured key, or a ConfigError naming the variable to set. */
export function requireEmbedKey(env: EmbedEnv): EmbedKey {
  if (env.secret === null) {
    throw new ConfigError("no embed secret: set EMBED_SECRET (or AUTH_SECRET) to 32+ random characters");
  }
  return embedKeyFromSecret(env.secret);
}
