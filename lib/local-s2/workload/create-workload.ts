import type { CatalogBasin, CatalogStream, RecordBatch } from "@/lib/local-s2/records";
import { catalogAt } from "./catalog";
import { generateBatch } from "./generate";
import { buildModel } from "./model";

export const DEFAULT_SEED = 20261122;

export interface Workload {
  /** Basins and streams that exist (or existed) at or before `now` (epoch seconds). Deterministic. */
  catalog(now: number): { basins: CatalogBasin[]; streams: CatalogStream[] };
  /** Every counter event and gauge reading with fromMinute <= ts < toMinute (epoch seconds, both multiples of 60). */
  generate(fromMinute: number, toMinute: number): RecordBatch;
}

export function createWorkload(opts: { seed?: number } = {}): Workload {
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const model = buildModel(seed);
  return {
    catalog: (now) => catalogAt(now),
    generate: (fromMinute, toMinute) => generateBatch(model, fromMinute, toMinute),
  };
}
