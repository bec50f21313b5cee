import type { CounterSet } from "@/lib/local-s2/records";
import type { Operation } from "@/lib/s2/contract";
import { STORAGE_CLASSES } from "./specs";

/** Operation types the simulated account calls, in the order they are emitted within a minute. */
export const ACCOUNT_OP_SERIES = [
  "account-metrics",
  "basin-metrics",
  "stream-metrics",
  "list-basins",
  "get-basin-config",
  "list-access-tokens",
  "issue-access-token",
  "revoke-access-token",
  "create-stream",
  "delete-stream",
] as const satisfies readonly Operation[];

export const BASIN_OP_SERIES = [
  "list-streams",
  "create-stream",
  "delete-stream",
  "get-stream-config",
  "reconfigure-stream",
  "check-tail",
  "trim",
  "fence",
] as const satisfies readonly Operation[];

export const READ_OPS_SERIES = ["unary", "streaming"] as const;
export const READ_THROUGHPUT_SERIES = "bytes";

/** Documented series names per set, for the README and tests. */
export const WORKLOAD_SERIES: Record<CounterSet, readonly string[]> = {
  "account-ops": ACCOUNT_OP_SERIES,
  "append-ops": STORAGE_CLASSES,
  "append-throughput": STORAGE_CLASSES,
  "read-ops": READ_OPS_SERIES,
  "read-throughput": [READ_THROUGHPUT_SERIES],
  "basin-ops": BASIN_OP_SERIES,
};
