import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type EmbedSpec, embedSpecSchema } from "@/lib/embed/embed-spec";
import type { EmbedStore } from "@/lib/embed/embed-store";
import { createEmbedResolver } from "@/lib/embed/resolve-embed";
import { openStore, type Store } from "@/lib/store/open-store";

/**
 * For unit tests only (imported by *.test.ts): a real store on a fresh SQLite file, with the embeds' side
 * wired as the server wires it, and an injectable clock. Not the process's store: no revocation bus.
 */
export interface TestEmbedStore extends EmbedStore {
  store: Store;
  close(): Promise<void>;
}

export const TEST_STORE_SECRET = "unit-test-store-secret-0123456789abcdefghij";

export async function openTestEmbedStore(options: { now?: () => number } = {}): Promise<TestEmbedStore> {
  const dir = mkdtempSync(path.join(tmpdir(), "embed-test-"));
  const store = await openStore(
    {
      database: { kind: "sqlite", file: path.join(dir, "dashboard.sqlite") },
      encryptionSecret: TEST_STORE_SECRET,
      redisUrl: null,
      redisCommandTimeoutMs: 200,
    },
    { now: options.now },
  );
  const records = store.embeds<EmbedSpec>(embedSpecSchema);
  return {
    store,
    records,
    links: store.links,
    ownerLabel: (token) => store.ownerLabel(token),
    resolver: createEmbedResolver({ links: store.links, records, now: options.now }),
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
