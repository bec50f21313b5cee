import { ApiError } from "@/lib/api/api-error";

/**
 * How the planner reacts to "slow down" answers. The S2 client already retries one call a couple of
 * times within its own time budget; this is the level above: a view made of many calls slows down as a
 * whole (fewer in flight, a pause for everyone) instead of failing, and gives up only when the wait asked
 * for is longer than a person should stare at a spinner.
 */
export interface SlowDownPolicy {
  /** How many times one item may be started again after a retryable error. */
  maxRetries: number;
  /** Backoff after the n-th retryable error of an item: base * 2^(n-1), capped, at least Retry-After. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A single wait longer than this (e.g. a Retry-After of 60 s) is not waited out: the error stands. */
  maxWaitMs: number;
}

export const DEFAULT_SLOW_DOWN: SlowDownPolicy = {
  maxRetries: 4,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
  maxWaitMs: 8_000,
};

export interface MapOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  slowDown?: Partial<SlowDownPolicy>;
  now?: () => number;
}

/**
 * What the S2 client throws for an answer S2 marks retryable (lib/upstream/README.md): 429 `rate_limited`
 * (S2's, or the dashboard's own per-token call budget) and 503 `unavailable` (S2's 503 and 502 `hot_server`).
 */
export function isSlowDownError(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 429 || error.status === 503);
}

/** Retry-After (delta-seconds or an HTTP date) in ms; 0 when absent or in the past. */
export function retryAfterMsOf(error: ApiError, nowMs: number): number {
  const value = error.retryAfter;
  if (value === undefined) return 0;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - nowMs;
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/** The pause after an item's `attempt`-th retryable error (1-based). Deterministic: no jitter needed, the
 * pause is shared by every item of the run, which is what spreads the load. */
export function slowDownDelay(attempt: number, retryAfterMs: number, policy: SlowDownPolicy): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.max(backoff, retryAfterMs);
}

/**
 * Runs fn over items with at most `limit` in flight; slows down (halves concurrency, backs off) when fn
 * throws a retryable S2 error (429 / 502 hot_server / 503), resumes after; rejects on other errors.
 * Results keep the items' order. After a slow-down, each success lets one more call run again, up to
 * `limit` (additive increase, multiplicative decrease, as TCP does).
 */
export function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  options: MapOptions = {},
): Promise<R[]> {
  const policy = { ...DEFAULT_SLOW_DOWN, ...options.slowDown };
  const now = options.now ?? Date.now;
  const { signal, onProgress } = options;
  const cap = Math.max(1, Math.floor(limit));
  const total = items.length;
  const results = new Array<R>(total);
  const attempts = new Array<number>(total).fill(0);
  const queue = items.map((_, i) => i);
  let allowed = cap;
  let running = 0;
  let done = 0;
  let resumeAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let settled = false;

  return new Promise<R[]>((resolve, reject) => {
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (timer !== null) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (error === undefined) resolve(results);
      else reject(error);
    };
    const onAbort = () => finish(signal?.reason ?? new Error("aborted"));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    if (total === 0) return finish();

    const pump = () => {
      if (settled) return;
      const wait = resumeAt - now();
      if (wait > 0) {
        if (timer === null) {
          timer = setTimeout(() => {
            timer = null;
            pump();
          }, wait);
        }
        return;
      }
      while (running < allowed && queue.length > 0) {
        const index = queue.shift() as number;
        running++;
        let call: Promise<R>;
        try {
          call = fn(items[index] as T, index);
        } catch (error) {
          call = Promise.reject(error);
        }
        call.then(
          (value) => {
            running--;
            if (settled) return;
            results[index] = value;
            done++;
            onProgress?.(done, total);
            if (allowed < cap) allowed++;
            if (done === total) finish();
            else pump();
          },
          (error: unknown) => {
            running--;
            if (settled) return;
            attempts[index] = (attempts[index] ?? 0) + 1;
            const attempt = attempts[index] as number;
            if (!isSlowDownError(error) || attempt > policy.maxRetries) return finish(error);
            const delay = slowDownDelay(attempt, retryAfterMsOf(error, now()), policy);
            if (delay > policy.maxWaitMs) return finish(error);
            allowed = Math.max(1, Math.floor(allowed / 2));
            resumeAt = Math.max(resumeAt, now() + delay);
            queue.unshift(index);
            pump();
          },
        );
      }
    };
    pump();
  });
}
