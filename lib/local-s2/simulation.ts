import { alignDown } from "@/lib/time-range/epoch-range";
import type { MetricsStore } from "./store";
import type { Workload } from "./workload";

/**
 * Drives the workload into the store: a backfill of the last days on start (resuming where the data
 * directory left off), then one minute of live data every minute while the backend runs.
 */

export const BACKFILL_DAYS = 36;
const DAY = 86_400;
const GENERATED_UNTIL = "generated_until";

export interface BackfillResult {
  from: number;
  until: number;
  records: number;
  millis: number;
}

/** Fills [resume point, now's minute) in day-sized transactions; cheap when the data is current. */
export function backfill(
  store: MetricsStore,
  workload: Workload,
  now: number,
  days: number = BACKFILL_DAYS,
): BackfillResult {
  const began = performance.now();
  const until = alignDown(now, 60);
  const earliest = alignDown(until - days * DAY, DAY);
  const stored = Number(store.getMeta(GENERATED_UNTIL) ?? Number.NaN);
  // After a long downtime, fill only the window S2 can be asked about rather than the whole gap.
  const from = Number.isFinite(stored) ? Math.max(stored, earliest) : earliest;
  store.write({ counters: [], gauges: [] }, workload.catalog(now));
  let records = 0;
  for (let t = from; t < until; ) {
    const chunkEnd = Math.min(alignDown(t, DAY) + DAY, until);
    const batch = workload.generate(t, chunkEnd);
    records += batch.counters.length + batch.gauges.length;
    store.write(batch, undefined, { [GENERATED_UNTIL]: String(chunkEnd) });
    t = chunkEnd;
  }
  return { from, until, records, millis: performance.now() - began };
}

/** Records each minute once it has passed; returns a function that stops the loop. */
export function startLiveRecording(
  store: MetricsStore,
  workload: Workload,
  nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
): () => void {
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    backfill(store, workload, nowSeconds());
    const msToNextMinute = 60_000 - (Date.now() % 60_000) + 500;
    timer = setTimeout(tick, msToNextMinute).unref();
  };
  tick();
  return () => {
    if (timer) clearTimeout(timer);
  };
}
