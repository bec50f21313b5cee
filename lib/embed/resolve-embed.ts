import "server-only";
import { LRUCache } from "lru-cache";
import type { EmbedLinkSigner } from "@/lib/store/embed-link";
import type { EmbedRepository } from "@/lib/store/embed-repository";
import { type EmbedSpec, type PublicEmbed, publicEmbed } from "./embed-spec";

/**
 * From an embed link's `<id>.<signature>` to the record it names: signature first (a forged or mistyped
 * link costs no database read), then the store (active | not_found | revoked | expired).
 *
 * Every data call of a frame resolves its link, so active records are kept in the process for at most
 * `cacheMs` (about a second). A revocation drops the entry at once on the replica where it happens and,
 * through the revocation bus, on every other one; the short life bounds the gap if a message is lost.
 * A frame load (`countView`) always reads and writes the database, so views and last-used stay exact.
 */

export const EMBED_RESOLVE_CACHE_MS = 1_000;

export type EmbedLinkFailure = "malformed" | "outdated" | "invalid" | "not_found" | "revoked" | "expired";

export type EmbedVerdict =
  | { readonly ok: true; readonly embed: PublicEmbed; readonly spec: EmbedSpec; readonly credential: string }
  | { readonly ok: false; readonly reason: EmbedLinkFailure };

/** What a viewer is told, in the frame and in the API's 401. Never says more than which of these. */
export const EMBED_LINK_FAILURE_MESSAGES: Record<EmbedLinkFailure, string> = {
  malformed: "This embed link is incomplete: the token in it is not an embed token.",
  outdated:
    "This embed link was made by an earlier version of the dashboard and no longer works. Ask whoever shared it for a new one.",
  invalid:
    "This embed link is not valid: it was altered, or it was made with a key this dashboard no longer uses.",
  not_found: "This embed no longer exists. Ask whoever shared it for a new one.",
  expired: "This embed link has expired. Ask whoever shared it for a new one.",
  revoked: "This embed link has been revoked.",
};

const LINK_TOKEN = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;
/** The previous version's links carried a compact JWE (`header..iv.ciphertext.tag`). */
const PREVIOUS_VERSION_TOKEN = /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export interface EmbedResolverDeps {
  links: Pick<EmbedLinkSigner, "verify">;
  records: Pick<EmbedRepository<EmbedSpec>, "resolve">;
  /** Epoch ms. */
  now?: () => number;
  cacheMs?: number;
  cacheMaxEntries?: number;
}

export interface EmbedResolver {
  resolve(token: string, options?: { countView?: boolean }): Promise<EmbedVerdict>;
  /** Drops what this process cached about an embed (null: about every embed). */
  forget(id: string | null): void;
}

type Active = Extract<EmbedVerdict, { ok: true }> & {
  readonly expiresAtMs: number | null;
  /** Epoch ms (the injectable clock): after this the store is asked again. */
  readonly freshUntil: number;
};

export function createEmbedResolver(deps: EmbedResolverDeps): EmbedResolver {
  const now = deps.now ?? Date.now;
  const cacheMs = deps.cacheMs ?? EMBED_RESOLVE_CACHE_MS;
  // Freshness is checked against `now` (injectable); the LRU's own ttl only bounds memory.
  const cache = new LRUCache<string, Active>({ max: deps.cacheMaxEntries ?? 10_000, ttl: cacheMs });
  return {
    async resolve(token, { countView = false } = {}) {
      if (!LINK_TOKEN.test(token)) {
        return { ok: false, reason: PREVIOUS_VERSION_TOKEN.test(token) ? "outdated" : "malformed" };
      }
      const id = deps.links.verify(token);
      if (id === null) return { ok: false, reason: "invalid" };
      const cached = countView ? undefined : cache.get(id);
      if (cached !== undefined && cached.freshUntil > now()) {
        if (cached.expiresAtMs !== null && cached.expiresAtMs <= now()) {
          cache.delete(id);
          return { ok: false, reason: "expired" };
        }
        return { ok: true, embed: cached.embed, spec: cached.spec, credential: cached.credential };
      }
      const resolved = await deps.records.resolve(id, { countView });
      if (resolved.status !== "active") {
        cache.delete(id);
        return { ok: false, reason: resolved.status };
      }
      const { embed: record, credential } = resolved;
      // Records are minted with an expiry; one without (made by hand) shows the longest an embed may live.
      const expiresAtMs = record.expiresAt;
      const expiresAtSeconds = Math.floor((expiresAtMs ?? Number.MAX_SAFE_INTEGER) / 1000);
      const active: Active = {
        ok: true,
        embed: publicEmbed(record.id, record.spec, expiresAtSeconds),
        spec: record.spec,
        credential,
        expiresAtMs,
        freshUntil: now() + cacheMs,
      };
      cache.set(id, active);
      return { ok: true, embed: active.embed, spec: active.spec, credential };
    },
    forget(id) {
      if (id === null) cache.clear();
      else cache.delete(id);
    },
  };
}
