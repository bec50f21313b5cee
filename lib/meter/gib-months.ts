/**
 * Storage over time in the unit it is billed in. A gauge's time-weighted total is in byte-hours
 * (lib/meter/time-weighted-total); S2 bills storage per GiB-month, and a GiB-month is 730 GiB-hours
 * (365 × 24 / 12, the average month). The one implementation: the breakdown tables, the stat cards'
 * cost lines and the price estimates all convert here.
 */

export const BYTES_PER_GIB = 2 ** 30;
export const HOURS_PER_GIB_MONTH = 730;

export function byteHoursToGiBHours(byteHours: number): number {
  return byteHours / BYTES_PER_GIB;
}

export function byteHoursToGiBMonths(byteHours: number): number {
  return byteHours / BYTES_PER_GIB / HOURS_PER_GIB_MONTH;
}
