/**
 * Identical requests that arrive while one is already on its way share that one upstream call: a
 * dashboard opened in several tabs, or many widgets asking for the same series, cost S2 (and the
 * account's `account-ops`) one request. The entry leaves the map as soon as the call settles, so an
 * error is never served to a later request.
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  run(key: string, call: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key);
    if (existing) return existing;
    const promise = call().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.pending.size;
  }
}
