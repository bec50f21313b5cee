import "server-only";
import { ApiError } from "@/lib/api/api-error";
import { sharedRevocationBus } from "@/lib/cache/shared-cache";
import { logError } from "@/lib/log/log";
import type { EmbedLinkSigner } from "@/lib/store/embed-link";
import type { EmbedRepository } from "@/lib/store/embed-repository";
import { getStore, type Store } from "@/lib/store/open-store";
import { type EmbedSpec, embedSpecSchema } from "./embed-spec";
import { createEmbedResolver, type EmbedResolver } from "./resolve-embed";

/**
 * The embeds' side of the dashboard's store, one per process: the records (specs validated by the embed
 * contract), the link signer, owner labels, and the resolver whose ~1 s cache follows the revocation bus.
 * Kept on globalThis because Next bundles the page and the routes into separate chunks.
 */
export interface EmbedStore {
  records: EmbedRepository<EmbedSpec>;
  links: EmbedLinkSigner;
  ownerLabel(token: string): string;
  resolver: EmbedResolver;
}

const KEY = Symbol.for("s2-dashboard.embed.store");
const holder = globalThis as typeof globalThis & { [KEY]?: { store: Store; embeds: EmbedStore } };

export function embedStoreOf(store: Store): EmbedStore {
  const records = store.embeds(embedSpecSchema);
  const resolver = createEmbedResolver({ links: store.links, records });
  sharedRevocationBus().onRevocation((revocation) => {
    if (revocation.kind === "embed") resolver.forget(revocation.id);
    else if (revocation.kind === "all") resolver.forget(null);
  });
  return { records, links: store.links, ownerLabel: (token) => store.ownerLabel(token), resolver };
}

/** This process's embed store; a database that cannot be opened is a 503, never a bare 500. */
export async function requireEmbedStore(): Promise<EmbedStore> {
  let store: Store;
  try {
    store = await getStore();
  } catch (error) {
    logError("embed", "store_unavailable", { error: error instanceof Error ? error.message : String(error) });
    throw new ApiError(503, "unavailable", "The dashboard's database is not available; try again shortly.");
  }
  const current = holder[KEY];
  if (current?.store === store) return current.embeds;
  const embeds = embedStoreOf(store);
  holder[KEY] = { store, embeds };
  return embeds;
}

/** Tells every replica (this one first) to stop serving an embed. */
export function publishEmbedRevocation(id: string): Promise<void> {
  return sharedRevocationBus().publish({ kind: "embed", id });
}

/** Runs store work; a database failure mid-request is a 503 with the cause in the log. */
export async function withEmbedStore<T>(work: (embeds: EmbedStore) => Promise<T>): Promise<T> {
  const embeds = await requireEmbedStore();
  try {
    return await work(embeds);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    logError("embed", "store_failed", { error: error instanceof Error ? error.message : String(error) });
    throw new ApiError(503, "unavailable", "The dashboard's database is not available; try again shortly.");
  }
}
