import type { MetricUnit } from "@/lib/s2/contract";
import type { CounterSet } from "./records";

/**
 * Series names of the local backend (S2 publishes only `metered_size`). Sets with a fixed list always
 * answer every series in it; the ops sets answer one series per operation type that had calls.
 */
export const FIXED_SERIES: Partial<Record<CounterSet, readonly string[]>> = {
  "append-ops": ["standard", "express"],
  "append-throughput": ["standard", "express"],
  "read-ops": ["unary", "streaming"],
  "read-throughput": ["bytes"],
};

export const COUNTER_UNITS: Record<CounterSet, MetricUnit> = {
  "account-ops": "operations",
  "append-ops": "operations",
  "read-ops": "operations",
  "read-throughput": "bytes",
  "append-throughput": "bytes",
  "basin-ops": "operations",
};

export const BASIN_STORAGE_SERIES = "storage";
export const STREAM_STORAGE_SERIES = "metered_size";
export const ACTIVE_BASINS_LABEL = "active-basins";
