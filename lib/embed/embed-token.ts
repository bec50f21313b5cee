import { decode, encode } from "next-auth/jwt";
import { type EmbedClaims, embedClaimsSchema } from "./contract";
import type { EmbedKey } from "./embed-key";

/**
 * Sealing and opening embed tokens. A token is a compact JWE (next-auth's `encode`: `dir` + A256GCM,
 * so it is encrypted and authenticated at once): nobody without the key can read the S2 token inside it
 * or change a single claim. `iat`, `exp` and a random `jti` are set when sealing.
 */

/** The claims a caller supplies; the sealing step adds the rest. */
export type UnsealedClaims = Omit<EmbedClaims, "jti" | "iat" | "exp">;

export async function sealEmbedToken(
  claims: UnsealedClaims,
  key: EmbedKey,
  lifetimeSeconds: number,
): Promise<string> {
  return encode({ token: claims, secret: key.secret, salt: key.salt, maxAge: lifetimeSeconds });
}

export type EmbedTokenFailure = "malformed" | "invalid" | "expired" | "revoked";

export type EmbedTokenVerdict =
  | { readonly ok: true; readonly claims: EmbedClaims }
  | { readonly ok: false; readonly reason: EmbedTokenFailure };

/** What a viewer is told, in the frame and in the API's 401. Never says more than which of the four. */
export const EMBED_TOKEN_FAILURE_MESSAGES: Record<EmbedTokenFailure, string> = {
  malformed: "This embed link is incomplete: the token in it is not a token.",
  invalid:
    "This embed link is not valid: it was altered, or it was made with a key this dashboard no longer uses.",
  expired: "This embed link has expired. Ask whoever shared it for a new one.",
  revoked: "This embed link has been revoked.",
};

/** A compact JWE with `alg: dir` has an empty encrypted-key part: `header..iv.ciphertext.tag`. */
const COMPACT_JWE = /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_TOKEN_LENGTH = 8_192;

export interface OpenDeps {
  readonly key: EmbedKey;
  readonly revokedIds: ReadonlySet<string>;
  /** Epoch seconds. */
  readonly nowSeconds: number;
}

/** The claims of an authentic, unexpired, unrevoked embed token, or why not. Never throws. */
export async function openEmbedToken(token: string, deps: OpenDeps): Promise<EmbedTokenVerdict> {
  if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWE.test(token)) return { ok: false, reason: "malformed" };
  let payload: unknown;
  try {
    payload = await decode({ token, secret: deps.key.secret, salt: deps.key.salt });
  } catch (error) {
    // jose checks `exp` only after decrypting, so this is an authentic token that ran out.
    const code = (error as { code?: unknown } | null)?.code;
    return { ok: false, reason: code === "ERR_JWT_EXPIRED" ? "expired" : "invalid" };
  }
  const claims = embedClaimsSchema.safeParse(payload);
  if (!claims.success) return { ok: false, reason: "invalid" };
  // jose allows 15 s of clock skew; an embed has none, and the clock is injectable for tests.
  if (claims.data.exp <= deps.nowSeconds) return { ok: false, reason: "expired" };
  if (deps.revokedIds.has(claims.data.jti)) return { ok: false, reason: "revoked" };
  return { ok: true, claims: claims.data };
}
