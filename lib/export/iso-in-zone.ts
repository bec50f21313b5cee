import { zoneOffsetSeconds } from "@/lib/format/time-zone";

/**
 * Every zone's offset is a whole number of quarter hours and changes only on a quarter hour (UTC), so
 * it is constant within each 900-second block: looked up once per block and zone, which keeps a
 * 600,000-row export from asking Intl twice a cell.
 */
const OFFSET_BLOCK_SECONDS = 900;
const MAX_CACHED_BLOCKS = 50_000;
const offsetsByZone = new Map<string, Map<number, number>>();

function offsetAt(t: number, zone: string): number {
  let offsets = offsetsByZone.get(zone);
  if (offsets === undefined) {
    offsets = new Map();
    offsetsByZone.set(zone, offsets);
  }
  const block = Math.floor(t / OFFSET_BLOCK_SECONDS);
  let offset = offsets.get(block);
  if (offset === undefined) {
    offset = zoneOffsetSeconds(block * OFFSET_BLOCK_SECONDS, zone);
    if (offsets.size >= MAX_CACHED_BLOCKS) offsets.clear();
    offsets.set(block, offset);
  }
  return offset;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Epoch second `t` as ISO-8601 on the wall clock of `zone`, always with its numeric offset
 * ("2026-11-01T01:00:00-04:00"): a spreadsheet reader then sees local times that are still unambiguous,
 * the repeated hour of a daylight-saving fall-back included. The offset comes from the same zone data as
 * every label (`zoneOffsetSeconds`).
 */
export function isoInZone(t: number, zone: string): string {
  const offset = offsetAt(t, zone);
  const wall = new Date((t + offset) * 1000).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60;
  return `${wall}${offset < 0 ? "-" : "+"}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
