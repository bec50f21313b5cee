import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * What an embed link carries: `<id>.<signature>`, a 128-bit random id and an HMAC-SHA256 over it, both
 * base64url. No credential in any form; the signature lets a forged or mistyped id be refused without a
 * database lookup, and the id alone finds the record.
 */

const ID_BYTES = 16;
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface EmbedLinkSigner {
  newId(): string;
  /** The link token for an id. */
  sign(id: string): string;
  /** The id a token names, or null when it is malformed or its signature does not match. */
  verify(token: string): string | null;
}

export function createEmbedLinkSigner(key: Buffer): EmbedLinkSigner {
  const mac = (id: string) => createHmac("sha256", key).update(`embed:${id}`).digest();
  return {
    newId: () => randomBytes(ID_BYTES).toString("base64url"),
    sign: (id) => `${id}.${mac(id).toString("base64url")}`,
    verify(token) {
      const [id, signature, ...rest] = token.split(".");
      if (id === undefined || signature === undefined || rest.length > 0) return null;
      if (!ID_PATTERN.test(id) || !SIGNATURE_PATTERN.test(signature)) return null;
      const given = Buffer.from(signature, "base64url");
      // Base64url has spare bits in its last character: re-encoding refuses a second spelling of one MAC.
      if (given.toString("base64url") !== signature) return null;
      return timingSafeEqual(given, mac(id)) ? id : null;
    },
  };
}
