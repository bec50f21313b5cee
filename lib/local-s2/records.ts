import { z } from "zod";
import { basinNameSchema, streamNameSchema } from "@/lib/s2/contract";

/**
 * What the local backend's store holds: counter events and gauge readings, plus the catalog of basins
 * and streams. The workload simulator and the recording API both produce these; the store is the only
 * thing that writes them.
 */

/** Counter-backed metric sets; account-ops is account-wide, the rest belong to a basin. */
export const COUNTER_SETS = [
  "account-ops",
  "append-ops",
  "read-ops",
  "read-throughput",
  "append-throughput",
  "basin-ops",
] as const;
export type CounterSet = (typeof COUNTER_SETS)[number];

export interface CounterEvent {
  /** Epoch seconds. */
  ts: number;
  set: CounterSet;
  /** The basin the event belongs to; null for account-ops. */
  basin: string | null;
  /** Series name within the set, e.g. an operation type or a storage class. */
  series: string;
  /** Non-negative amount: operations or bytes. Zero is a real, recorded zero. */
  value: number;
}

export interface GaugeReading {
  /** Epoch seconds. */
  ts: number;
  basin: string;
  /** The stream, or null for the basin-wide storage gauge. */
  stream: string | null;
  /** Bytes stored, in effect from `ts` until the next reading. */
  value: number;
}

export interface CatalogBasin {
  name: string;
  /** Epoch seconds. */
  createdAt: number;
  deletedAt: number | null;
}

export interface CatalogStream {
  basin: string;
  name: string;
  createdAt: number;
  deletedAt: number | null;
}

export interface RecordBatch {
  counters: CounterEvent[];
  gauges: GaugeReading[];
}

/**
 * The largest value a record may carry, and the largest per-second sum the recording API lets the store
 * hold for one counter series. Under it a stored sum is an exact integer, and any bucket S2's API can ask
 * for (a day is 86,400 such sums) or any total of those stays finite; two counters of 1e308 would have
 * summed to Infinity, which JSON sends as `null`.
 */
export const MAX_RECORD_VALUE = Number.MAX_SAFE_INTEGER;

export const counterSetSchema = z.enum(COUNTER_SETS);
export { basinNameSchema, streamNameSchema };
