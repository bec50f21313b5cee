import type { CatalogBasin, CatalogStream } from "@/lib/local-s2/records";
import { type Fleet, fleetCatalog } from "./fleet";
import { BASINS, STREAMS } from "./topology";

/**
 * The catalog as it stood at `now`: entities created later are left out, and a deletion still in the
 * future is not shown yet. Sorted by name (basins) and by basin then name (streams), as listings are.
 */
export function catalogAt(now: number, fleet: Fleet): { basins: CatalogBasin[]; streams: CatalogStream[] } {
  const basins = BASINS.filter((b) => b.createdAt <= now)
    .map((b) => ({ name: b.name, createdAt: b.createdAt, deletedAt: null }))
    .sort((a, b) => compare(a.name, b.name));
  const streams = STREAMS.filter((s) => s.createdAt <= now)
    .map((s) => ({
      basin: s.basin,
      name: s.name,
      createdAt: s.createdAt,
      deletedAt: s.deletedAt !== null && s.deletedAt <= now ? s.deletedAt : null,
    }))
    .concat(fleetCatalog(fleet, now))
    .sort((a, b) => compare(a.basin, b.basin) || compare(a.name, b.name));
  return { basins, streams };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
