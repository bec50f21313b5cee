import type { CatalogBasin, CatalogStream, RecordBatch } from "@/lib/local-s2/records";
import { catalogAt } from "./catalog";
import { generateHours } from "./coarse";
import { generateBatch } from "./generate";
import { buildModel } from "./model";

export const DEFAULT_SEED = 20261122;

export interface Workload {
  /** Basins and streams that exist (or existed) at or before `now` (epoch seconds). Deterministic. */
  catalog(now: number): { basins: CatalogBasin[]; streams: CatalogStream[] };
  /** Every counter event and gauge reading with fromMinute <= ts < toMinute (epoch seconds, both multiples of 60). */
  /** `deviceReadingsEvery`: how often the fleet's 2,000 devices are metered (seconds, an hour by default). */
  generate(fromMinute: number, toMinute: number, deviceReadingsEvery?: number): RecordBatch;
  /** The same records kept one row per hour (coarse.ts): counters summed per hour, on-the-hour readings. */
  generateHours(fromHour: number, toHour: number): RecordBatch;
}

export function createWorkload(opts: { seed?: number } = {}): Workload {
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const model = buildModel(seed);
  return {
    catalog: (now) => catalogAt(now, model.fleet),
    generate: (fromMinute, toMinute, deviceReadingsEvery) =>
      generateBatch(model, fromMinute, toMinute, deviceReadingsEvery),
    generateHours: (fromHour, toHour) => generateHours(model, fromHour, toHour),
  };
}
