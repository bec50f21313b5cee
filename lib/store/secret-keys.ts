import "server-only";
import { hkdfSync } from "node:crypto";

/**
 * One configured secret, several keys: HKDF-SHA256 derives an independent 256-bit key per purpose, so the
 * key that seals credentials is never the one that signs links (nor next-auth's, when AUTH_SECRET is used).
 * Changing the purpose string (or the secret) makes everything sealed or signed under the old one unreadable.
 */
export type KeyPurpose = "embed-credential/v1" | "embed-link/v1" | "owner-label/v1";

export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  if (secret.length < 32) throw new Error("the store's encryption secret must be at least 32 characters");
  return Buffer.from(hkdfSync("sha256", secret, "s2-dashboard store", purpose, 32));
}
