import { alignDown } from "@/lib/time-range/epoch-range";
import type { MetricsStore } from "./store";
import type { Workload } from "./workload";

/**
 * Drives the workload into the store: a backfill on start (resuming where the data directory left off),
 * then one minute of live data every minute while the backend runs. The backfill has two tiers
 * (workload/README.md, "History"): minute rows for the last BACKFILL_DAYS days, and hour rows
 * (generateHours, a sampled simulation) from HISTORY_DAYS back up to there, which keeps the first start fast and the file small.
 */

/** Days of minute rows: S2's 30-day window plus a margin for ranges aligned down to whole days. */
export const BACKFILL_DAYS = 36;
/** Days of history in all: 13 months (issue 12). */
export const HISTORY_DAYS = 396;
const DAY = 86_400;
const HOUR = 3_600;
const GENERATED_UNTIL = "generated_until";
/** The fleet's 2,000 devices are metered hourly in the last 3 days, every 12 hours before (row budget). */
const HOURLY_DEVICE_DAYS = 3;
/** Hour rows are generated a month at a time: each call first sums a month of sampled appends. */
const COARSE_CHUNK_DAYS = 30;

export interface BackfillResult {
  from: number;
  until: number;
  records: number;
  millis: number;
}

/**
 * Fills [resume point, now's minute) in day-sized transactions; cheap when the data is current. Days
 * older than `minuteDays` get hour rows, later ones minute rows; a data directory resumed after a long
 * downtime fills its gap the same way, and nothing older than `historyDays` is generated.
 */
export function backfill(
  store: MetricsStore,
  workload: Workload,
  now: number,
  minuteDays: number = BACKFILL_DAYS,
  historyDays: number = HISTORY_DAYS,
): BackfillResult {
  const began = performance.now();
  const until = alignDown(now, 60);
  const minuteFrom = alignDown(until - minuteDays * DAY, DAY);
  const earliest = Math.min(minuteFrom, alignDown(until - historyDays * DAY, DAY));
  const stored = Number(store.getMeta(GENERATED_UNTIL) ?? Number.NaN);
  const from = Number.isFinite(stored) ? Math.max(stored, earliest) : earliest;
  store.write({ counters: [], gauges: [] }, workload.catalog(now));
  let records = 0;
  for (let t = from; t < until; ) {
    const coarse = t < minuteFrom && t % HOUR === 0;
    // Day-sized chunks; hour rows need whole hours, so a resume point inside an hour finishes it by the minute.
    const limit =
      t >= minuteFrom
        ? alignDown(t, DAY) + DAY
        : coarse
          ? Math.min(alignDown(t, DAY) + COARSE_CHUNK_DAYS * DAY, minuteFrom)
          : alignDown(t, HOUR) + HOUR;
    const chunkEnd = Math.min(limit, until);
    const batch = coarse
      ? workload.generateHours(t, chunkEnd)
      : workload.generate(t, chunkEnd, t >= until - HOURLY_DEVICE_DAYS * DAY ? HOUR : 12 * HOUR);
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
