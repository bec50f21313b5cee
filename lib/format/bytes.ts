import { scaleToUnit } from "./significant";

export const IEC_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"] as const;

/** Bytes in IEC units with about three significant digits: "512 B", "1.5 KiB", "12.4 GiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "—";
  const { text, unit } = scaleToUnit(bytes, 1024, IEC_UNITS.length);
  return `${text} ${IEC_UNITS[unit]}`;
}

/** A gauge's time-weighted total in byte-hours, e.g. "12.4 GiB·h" (what storage is billed in). */
export function formatByteHours(byteHours: number): string {
  if (!Number.isFinite(byteHours)) return "—";
  return `${formatBytes(byteHours)}·h`;
}
