/**
 * A small least-recently-used cache bounded by entry count and by total size, with a time to live. A Map
 * keeps insertion order, so re-inserting on every hit makes its first key the least recently used.
 */
export interface LruCacheOptions {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
  now?: () => number;
}

interface Entry<V> {
  value: V;
  bytes: number;
  expiresAt: number;
}

export class LruCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private totalBytes = 0;
  private readonly now: () => number;

  constructor(private readonly options: LruCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (entry.expiresAt <= this.now()) return undefined;
    this.insert(key, entry);
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    // An entry that alone exceeds the budget would evict everything for nothing.
    if (this.options.maxEntries <= 0 || bytes > this.options.maxBytes) return;
    this.insert(key, { value, bytes, expiresAt: this.now() + this.options.ttlMs });
    for (const [oldestKey, oldest] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.totalBytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  private insert(key: string, entry: Entry<V>): void {
    this.entries.set(key, entry);
    this.totalBytes += entry.bytes;
  }

  private remove(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
