import type { Operation } from "@/lib/s2/contract";
import type { MetricsStore } from "./store";

/**
 * Counts the backend's own API calls as account operations, as S2 does (a polling dashboard shows up in
 * `account-ops`). Calls are summed per second in memory and written once a second, so a burst of reads
 * costs one small transaction instead of one per request.
 */
export class OpsMeter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: MetricsStore,
    private readonly now: () => number,
  ) {}

  count(op: Operation): void {
    const key = `${this.now()}|${op}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    this.timer ??= setTimeout(() => this.flush(), 1_000).unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const counters = [...this.pending].map(([key, value]) => {
      const [ts, series] = key.split("|") as [string, string];
      return { ts: Number(ts), set: "account-ops" as const, basin: null, series, value };
    });
    this.pending = new Map();
    this.store.write({ counters, gauges: [] });
  }
}
