import { zonedParts, zoneOffsetSeconds } from "@/lib/format/time-zone";

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/**
 * Epoch second `t` as ISO-8601 on the wall clock of `zone`, always with its numeric offset
 * ("2026-11-01T01:00:00-04:00"): a spreadsheet reader then sees local times that are still unambiguous,
 * the repeated hour of a daylight-saving fall-back included. Built from the same zone data as every label.
 */
export function isoInZone(t: number, zone: string): string {
  const p = zonedParts(t, zone);
  const offset = zoneOffsetSeconds(t, zone);
  const sign = offset < 0 ? "-" : "+";
  const minutes = Math.abs(offset) / 60;
  const seconds = ((t % 60) + 60) % 60;
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}:${pad(seconds)}`;
  return `${date}T${time}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
