import type { CatalogStream, CounterEvent, GaugeReading } from "@/lib/local-s2/records";
import { pushBasinOps, pushBasinOpsHour, type ScheduledBasinOps } from "./operations";
import { draw, entityKey, hashString } from "./prng";
import { READ_THROUGHPUT_SERIES } from "./series";
import { type BasinSpec, basin } from "./specs";
import { ANCHOR, DAY, HOUR, MINUTE } from "./time";

/**
 * `fleet-sensors`: a basin with 2,000 device streams (issue 12's large basin). Simulating 2,000 streams
 * minute by minute like the hand-written ones would multiply the backfill by 60, so a device is closed
 * form: it appends a fixed number of bytes every minute from its creation (an idle one appends nothing
 * and keeps the level it was created with), and trims one day at its trim hour once the day is older than
 * its retention. Its level at any instant is therefore arithmetic, exact and consistent with the basin's
 * append-throughput, and the basin's counters are sums over the devices alive at that minute.
 */

export const FLEET_BASIN = "fleet-sensors";
export const FLEET_SIZE = 2_000;
/** One device in ten is idle: connected once, nothing appended since. */
const IDLE_SHARE = 0.1;
const RETENTION_CHOICES = [1, 3, 7, 14, 30] as const;
/** Devices created after the anchor join over this many days, so the fleet (and its storage) grows. */
const ROLLOUT_DAYS = 410;
const LATE_SHARE = 0.4;

const CHANNEL_IDLE = 1;
const CHANNEL_RATE = 2;
const CHANNEL_RETENTION = 3;
const CHANNEL_CREATED = 4;
const CHANNEL_LATE = 5;
const CHANNEL_IDLE_LEVEL = 6;

export interface FleetDevice {
  name: string;
  createdAt: number;
  /** Bytes appended every minute while alive; 0 for an idle device. */
  bytesPerMinute: number;
  /** An idle device's constant level (bytes); 0 for an active one. */
  idleLevel: number;
  retentionDays: number;
  trimHour: number;
}

export interface Fleet {
  spec: BasinSpec;
  opsKey: number;
  /** Sorted by creation time, so "alive at t" is a prefix. */
  devices: readonly FleetDevice[];
  createdTimes: readonly number[];
  /** activeCount[k] / activeBytes[k]: active devices and their bytes per minute among devices[0..k). */
  activeCount: readonly number[];
  activeBytes: readonly number[];
}

export const FLEET_SPEC: BasinSpec = basin(FLEET_BASIN, 0.5);

export function deviceName(index: number): string {
  return `device-${String(index).padStart(4, "0")}`;
}

/** Log-uniform in [low, high) from one uniform draw: storage levels spread over several orders. */
function logUniform(u: number, low: number, high: number): number {
  return Math.round(Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))));
}

export function buildFleet(seed: number): Fleet {
  const devices: FleetDevice[] = [];
  for (let i = 1; i <= FLEET_SIZE; i++) {
    const key = entityKey(seed, `fleet:${i}`);
    // Creation dates are part of the catalog, which is the same for every seed (like the other streams').
    const dateKey = hashString(`fleet:${i}`);
    const idle = draw(key, 0, CHANNEL_IDLE) < IDLE_SHARE;
    const late = draw(dateKey, 0, CHANNEL_LATE) < LATE_SHARE;
    const offsetHours = late ? Math.floor(draw(dateKey, 0, CHANNEL_CREATED) * ROLLOUT_DAYS * 24) : 0;
    devices.push({
      name: deviceName(i),
      createdAt: ANCHOR + offsetHours * HOUR,
      bytesPerMinute: idle ? 0 : logUniform(draw(key, 0, CHANNEL_RATE), 20, 20_000),
      idleLevel: idle ? logUniform(draw(key, 0, CHANNEL_IDLE_LEVEL), 4_096, 4e9) : 0,
      retentionDays:
        RETENTION_CHOICES[Math.floor(draw(key, 0, CHANNEL_RETENTION) * RETENTION_CHOICES.length)] ?? 7,
      trimHour: i % 24,
    });
  }
  devices.sort((a, b) => a.createdAt - b.createdAt || (a.name < b.name ? -1 : 1));
  const activeCount = [0];
  const activeBytes = [0];
  for (const [k, d] of devices.entries()) {
    activeCount.push((activeCount[k] ?? 0) + (d.bytesPerMinute > 0 ? 1 : 0));
    activeBytes.push((activeBytes[k] ?? 0) + d.bytesPerMinute);
  }
  return {
    spec: FLEET_SPEC,
    opsKey: entityKey(seed, `basin-ops:${FLEET_BASIN}`),
    devices,
    createdTimes: devices.map((d) => d.createdAt),
    activeCount,
    activeBytes,
  };
}

/** How many devices were created at or before `t` (they form a prefix of `devices`). */
function aliveCount(fleet: Fleet, t: number): number {
  let lo = 0;
  let hi = fleet.createdTimes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((fleet.createdTimes[mid] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A device's stored bytes at instant t: the bytes appended in the minutes before t since the trim that
 * opened the oldest retained day (or since creation). Trims happen at the trim hour, so the level is a
 * sawtooth that grows by `bytesPerMinute` each minute and drops by one day at the trim.
 */
export function deviceLevelAt(device: FleetDevice, t: number): number {
  if (t < device.createdAt) return 0;
  if (device.bytesPerMinute === 0) return device.idleLevel;
  const offset = device.trimHour * HOUR;
  const segmentStart = Math.floor((t - offset) / DAY) * DAY + offset;
  const keptFrom = Math.max(device.createdAt, segmentStart - device.retentionDays * DAY);
  return device.bytesPerMinute * Math.floor((t - keptFrom) / MINUTE);
}

/** The catalog entries of the devices created at or before `now`. */
export function fleetCatalog(fleet: Fleet, now: number): CatalogStream[] {
  return fleet.devices
    .filter((d) => d.createdAt <= now)
    .map((d) => ({ basin: FLEET_BASIN, name: d.name, createdAt: d.createdAt, deletedAt: null }));
}

/**
 * One minute of the fleet basin's counters: each active device holds one append connection (one append
 * operation per minute) and one tailing reader that reads back what it appended.
 */
export function pushFleetCounters(fleet: Fleet, t: number, out: CounterEvent[]): void {
  if (t < fleet.spec.createdAt) return;
  const alive = aliveCount(fleet, t);
  pushDataPlane(fleet, alive, t, 1, out);
  // Creations and trims fall on the hour only, so the per-device walk runs once an hour.
  const scheduled = t % HOUR === 0 ? scheduledAt(fleet, alive, t) : {};
  pushBasinOps(fleet.spec, fleet.opsKey, t, scheduled, out);
}

/**
 * An hour of the fleet for the hour tier of the history (coarse.ts): devices join on the hour, so the
 * hour's counters are exactly 60 of its minutes; control-plane calls are counted per hour.
 */
export function pushFleetHour(
  fleet: Fleet,
  h: number,
  devicesToo: boolean,
  counters: CounterEvent[],
  gauges: GaugeReading[],
): void {
  if (h < fleet.spec.createdAt) return;
  const alive = aliveCount(fleet, h);
  pushDataPlane(fleet, alive, h, HOUR / MINUTE, counters);
  pushBasinOpsHour(fleet.spec, fleet.opsKey, h, scheduledAt(fleet, alive, h), counters);
  pushFleetReadings(fleet, h, devicesToo, gauges);
}

function pushDataPlane(fleet: Fleet, alive: number, t: number, minutes: number, out: CounterEvent[]): void {
  const ops = (fleet.activeCount[alive] ?? 0) * minutes;
  const bytes = (fleet.activeBytes[alive] ?? 0) * minutes;
  if (ops === 0) return;
  const name = FLEET_BASIN;
  out.push({ ts: t, set: "append-ops", basin: name, series: "standard", value: ops });
  out.push({ ts: t, set: "append-throughput", basin: name, series: "standard", value: bytes });
  out.push({ ts: t, set: "read-ops", basin: name, series: "streaming", value: ops });
  out.push({ ts: t, set: "read-throughput", basin: name, series: READ_THROUGHPUT_SERIES, value: bytes });
}

/** Devices created at the hour `t`, and the daily retention trims of the active ones at that hour. */
function scheduledAt(fleet: Fleet, alive: number, t: number): ScheduledBasinOps {
  const hour = (t / HOUR) % 24;
  let created = 0;
  let trimmed = 0;
  for (let k = 0; k < alive; k++) {
    const d = fleet.devices[k] as FleetDevice;
    if (d.createdAt === t) created += 1;
    else if (d.bytesPerMinute > 0 && d.trimHour === hour) trimmed += 1;
  }
  return { "create-stream": created, trim: trimmed };
}

/**
 * The fleet's storage readings at an on-the-hour instant: the basin total every hour, and each device's
 * level when `devicesToo` (the backfill meters devices hourly in the minute tier, daily beyond it) or at
 * its creation, so every device has a reading from its first hour.
 */
export function pushFleetReadings(fleet: Fleet, t: number, devicesToo: boolean, out: GaugeReading[]): void {
  if (t < fleet.spec.createdAt || t % HOUR !== 0) return;
  const alive = aliveCount(fleet, t);
  let total = 0;
  for (let k = 0; k < alive; k++) {
    const d = fleet.devices[k] as FleetDevice;
    const level = deviceLevelAt(d, t);
    total += level;
    if (devicesToo || d.createdAt === t)
      out.push({ ts: t, basin: FLEET_BASIN, stream: d.name, value: level });
  }
  out.push({ ts: t, basin: FLEET_BASIN, stream: null, value: total });
}
