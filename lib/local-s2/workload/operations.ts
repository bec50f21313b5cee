import type { CounterEvent } from "@/lib/local-s2/records";
import { draw, poisson } from "./prng";
import { ACCOUNT_OP_SERIES, BASIN_OP_SERIES } from "./series";
import type { BasinSpec } from "./specs";
import { isScheduled, isWorkHour } from "./time";

/** Control-plane calls: sparse Poisson counts per minute, busier while people are at work. */

type AccountOp = (typeof ACCOUNT_OP_SERIES)[number];
type BasinOp = (typeof BASIN_OP_SERIES)[number];

/** Calls per minute during office hours and outside them. */
const ACCOUNT_OP_RATES: Record<AccountOp, { busy: number; calm: number }> = {
  // Dashboards poll metrics, and metrics calls are themselves account operations.
  "account-metrics": { busy: 3, calm: 0.4 },
  "basin-metrics": { busy: 1.5, calm: 0.2 },
  "stream-metrics": { busy: 0.6, calm: 0.05 },
  "list-basins": { busy: 0.3, calm: 0.08 },
  "get-basin-config": { busy: 0.03, calm: 0.005 },
  "list-access-tokens": { busy: 0.02, calm: 0.002 },
  "issue-access-token": { busy: 0.008, calm: 0.001 },
  "revoke-access-token": { busy: 0.002, calm: 0.0005 },
  "create-stream": { busy: 0.006, calm: 0.001 },
  "delete-stream": { busy: 0.003, calm: 0.0005 },
};

/** Calls per minute for a basin with opsScale 1, on top of the scheduled ones passed in. */
const BASIN_OP_RATES: Record<BasinOp, number> = {
  "list-streams": 0.1,
  // Catalog streams are created and deleted on their dates; scratch streams add a basin's own rate.
  "create-stream": 0,
  "delete-stream": 0,
  "get-stream-config": 0.05,
  "reconfigure-stream": 0.002,
  "check-tail": 0.8,
  // Manual trims, beyond the daily retention trims.
  trim: 0.001,
  fence: 0.01,
};

const CHANNEL_OPS = 100;

export function pushAccountOps(key: number, t: number, out: CounterEvent[]): void {
  const busy = isWorkHour(t);
  const minute = t / 60;
  for (const [i, op] of ACCOUNT_OP_SERIES.entries()) {
    const rates = ACCOUNT_OP_RATES[op];
    const value = poisson(busy ? rates.busy : rates.calm, draw(key, minute, CHANNEL_OPS + i));
    if (value > 0) out.push({ ts: t, set: "account-ops", basin: null, series: op, value });
  }
}

/** Calls that follow from the catalog and retention rather than from chance. */
export type ScheduledBasinOps = Partial<Record<BasinOp, number>>;

export function pushBasinOps(
  basin: BasinSpec,
  key: number,
  t: number,
  scheduled: ScheduledBasinOps,
  out: CounterEvent[],
): void {
  const open = isScheduled(basin.opsSchedule, t);
  const minute = t / 60;
  for (const [i, op] of BASIN_OP_SERIES.entries()) {
    const rate = open ? BASIN_OP_RATES[op] * basin.opsScale + scratchRate(basin, op) : 0;
    const value = poisson(rate, draw(key, minute, CHANNEL_OPS + i)) + (scheduled[op] ?? 0);
    if (value > 0) out.push({ ts: t, set: "basin-ops", basin: basin.name, series: op, value });
  }
}

function scratchRate(basin: BasinSpec, op: BasinOp): number {
  return op === "create-stream" || op === "delete-stream" ? basin.scratchStreamsPerMinute : 0;
}

/**
 * The hour tier of the history (coarse.ts) counts each type once per hour: a Poisson count at 60 times
 * the minute rate, from an hour-slot draw on channels apart from the minute ones.
 */
const CHANNEL_OPS_HOUR = 200;
const MINUTES_PER_HOUR = 60;

export function pushAccountOpsHour(key: number, hourStart: number, out: CounterEvent[]): void {
  const busy = isWorkHour(hourStart);
  const slot = hourStart / 3_600;
  for (const [i, op] of ACCOUNT_OP_SERIES.entries()) {
    const rates = ACCOUNT_OP_RATES[op];
    const rate = (busy ? rates.busy : rates.calm) * MINUTES_PER_HOUR;
    const value = poisson(rate, draw(key, slot, CHANNEL_OPS_HOUR + i));
    if (value > 0) out.push({ ts: hourStart, set: "account-ops", basin: null, series: op, value });
  }
}

export function pushBasinOpsHour(
  basin: BasinSpec,
  key: number,
  hourStart: number,
  scheduled: ScheduledBasinOps,
  out: CounterEvent[],
): void {
  const open = isScheduled(basin.opsSchedule, hourStart);
  const slot = hourStart / 3_600;
  for (const [i, op] of BASIN_OP_SERIES.entries()) {
    const rate = open ? (BASIN_OP_RATES[op] * basin.opsScale + scratchRate(basin, op)) * MINUTES_PER_HOUR : 0;
    const value = poisson(rate, draw(key, slot, CHANNEL_OPS_HOUR + i)) + (scheduled[op] ?? 0);
    if (value > 0) out.push({ ts: hourStart, set: "basin-ops", basin: basin.name, series: op, value });
  }
}
