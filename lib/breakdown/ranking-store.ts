import "server-only";
import type { z } from "zod";
import type { TieredCache } from "@/lib/cache/tiered-cache";

/**
 * Long computations (ranking every stream of a basin) run once per key, whoever asks: the first request
 * starts the work, every request meanwhile (the browser polling, a second tab) gets its progress, and
 * the result goes to the cache so the next look is a lookup. The work is not tied to any one request, so
 * a poller going away does not cancel what the others wait for.
 */

export type RankingState<T> =
  | { readonly ready: true; readonly value: T }
  | { readonly ready: false; readonly done: number; readonly total: number };

export type ProgressReporter = (done: number, total: number) => void;

interface Job<T> {
  done: number;
  total: number;
  value?: T;
  error?: unknown;
  settled: Promise<void>;
}

export interface RankingStore {
  /** The cached result, else the progress of the work (started now if nobody had). */
  progress<T>(
    key: string,
    schema: z.ZodType<T>,
    ttlMs: number,
    run: (report: ProgressReporter) => Promise<T>,
  ): Promise<RankingState<T>>;
  /** The cached result only; never starts work. */
  lookup<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined>;
}

/** How long a finished job is kept beside the cache, for a poller whose cache is off or evicted. */
const KEEP_FINISHED_MS = 60_000;
/** A request waits this long for work that may finish at once (a small basin), to spare a round trip. */
const SHORT_WAIT_MS = 300;

export function createRankingStore(cache: TieredCache): RankingStore {
  const jobs = new Map<string, Job<unknown>>();

  function start<T>(key: string, ttlMs: number, run: (report: ProgressReporter) => Promise<T>): Job<T> {
    const job: Job<T> = { done: 0, total: 0, settled: Promise.resolve() };
    job.settled = run((done, total) => {
      job.done = done;
      job.total = total;
    }).then(
      async (value) => {
        job.value = value;
        await cache.set(key, value, ttlMs);
        setTimeout(() => jobs.delete(key), KEEP_FINISHED_MS).unref?.();
      },
      (error: unknown) => {
        job.error = error;
      },
    );
    jobs.set(key, job as Job<unknown>);
    return job;
  }

  return {
    lookup: (key, schema) => cache.get(key, schema),
    async progress<T>(
      key: string,
      schema: z.ZodType<T>,
      ttlMs: number,
      run: (report: ProgressReporter) => Promise<T>,
    ) {
      const running = jobs.get(key) as Job<T> | undefined;
      if (running?.value !== undefined) return { ready: true, value: running.value };
      if (running === undefined) {
        const cached = await cache.get(key, schema);
        if (cached !== undefined) return { ready: true, value: cached };
      }
      const job = running ?? start(key, ttlMs, run);
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        job.settled,
        new Promise((resolve) => (timer = setTimeout(resolve, SHORT_WAIT_MS))),
      ]);
      clearTimeout(timer);
      if (job.error !== undefined) {
        // A failed ranking is not kept: the next request starts afresh (after a 429, say).
        jobs.delete(key);
        throw job.error;
      }
      if (job.value !== undefined) return { ready: true, value: job.value };
      return { ready: false, done: job.done, total: job.total };
    },
  };
}
