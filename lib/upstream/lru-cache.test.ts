import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache";

function cache(options: { maxEntries?: number; maxBytes?: number; ttlMs?: number } = {}) {
  let now = 0;
  const lru = new LruCache<string>({
    maxEntries: options.maxEntries ?? 3,
    maxBytes: options.maxBytes ?? 1_000,
    ttlMs: options.ttlMs ?? 60_000,
    now: () => now,
  });
  return { lru, advance: (ms: number) => (now += ms) };
}

describe("LruCache", () => {
  it("evicts the least recently used entry when full", () => {
    const { lru } = cache({ maxEntries: 2 });
    lru.set("a", "A", 1);
    lru.set("b", "B", 1);
    expect(lru.get("a")).toBe("A");
    lru.set("c", "C", 1);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe("A");
    expect(lru.get("c")).toBe("C");
  });

  it("stays within its byte budget and skips an entry larger than the budget", () => {
    const { lru } = cache({ maxBytes: 10 });
    lru.set("a", "A", 6);
    lru.set("b", "B", 6);
    expect(lru.get("a")).toBeUndefined();
    expect(lru.bytes).toBe(6);
    lru.set("huge", "H", 11);
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.get("b")).toBe("B");
  });

  it("forgets entries after their time to live", () => {
    const { lru, advance } = cache({ ttlMs: 1_000 });
    lru.set("a", "A", 1);
    advance(999);
    expect(lru.get("a")).toBe("A");
    advance(1);
    expect(lru.get("a")).toBeUndefined();
    expect(lru.size).toBe(0);
  });

  it("keeps nothing when sized to zero entries", () => {
    const { lru } = cache({ maxEntries: 0 });
    lru.set("a", "A", 1);
    expect(lru.get("a")).toBeUndefined();
  });
});
