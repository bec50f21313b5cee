import "server-only";
import { sharedRedis } from "@/lib/cache/shared-cache";
import { createTieredCache, type TieredCache } from "@/lib/cache/tiered-cache";
import { createRankingStore, type RankingStore } from "./ranking-store";

/**
 * The breakdowns' own cache (computed rankings, stream names), in the process and in Redis when it is
 * configured, so another replica's ranking serves this one too. Kept on globalThis: Next may bundle this
 * module into several route chunks, and a ranking must be found by whichever route asks.
 */

export interface BreakdownStore {
  readonly cache: TieredCache;
  readonly rankings: RankingStore;
}

export function createBreakdownStore(cache: TieredCache): BreakdownStore {
  return { cache, rankings: createRankingStore(cache) };
}

const INSTANCE = Symbol.for("s2-dashboard.breakdown.store");
const holder = globalThis as typeof globalThis & { [INSTANCE]?: BreakdownStore };

export function sharedBreakdownStore(): BreakdownStore {
  if (!holder[INSTANCE]) {
    const cache = createTieredCache({
      namespace: "s2-dashboard:breakdown",
      redis: sharedRedis(),
      maxEntries: 200,
      // A 2,000-stream ranking is about 1 MB of JSON.
      maxBytes: 64 * 1024 * 1024,
    });
    holder[INSTANCE] = createBreakdownStore(cache);
  }
  return holder[INSTANCE];
}
