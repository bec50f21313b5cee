import type { CounterEvent, GaugeReading, RecordBatch } from "@/lib/local-s2/records";
import { appendedBytesAt, emptyMinute, isAlive, type StreamMinute, streamMinute } from "./activity";
import { pushActivitySums } from "./basin-counters";
import { type Fleet, pushFleetHour } from "./fleet";
import type { BasinPass, WorkloadModel } from "./model";
import { newStreamPass } from "./model";
import { pushAccountOpsHour, pushBasinOpsHour, type ScheduledBasinOps } from "./operations";
import type { StreamSpec } from "./specs";
import { isTrimInstant, type MeteredStream, segmentIndex, segmentStart } from "./storage-levels";
import { DAY, HOUR, MINUTE } from "./time";

/**
 * The hour tier of the history (README "History"): one row per hour, from a sampled simulation that
 * costs a fifteenth of the minute one. Each stream's hour is simulated at SAMPLES minutes spread over
 * it and each sample stands for 60 / SAMPLES minutes; control-plane calls are one Poisson count per
 * hour; storage levels sum these sampled hourly appends over the retained days, so in this tier too a
 * level grows with exactly the bytes in append-throughput. The store holds only these rows here, so a
 * minute, hour or day query over them totals the same. The fleet is closed form (fleet.ts) and exact.
 */
const SAMPLES = 4;
const SAMPLE_STEP = HOUR / SAMPLES;
/** Off the hour, so a sample never lands on a creation, deletion or trim instant. */
const SAMPLE_OFFSET = 7 * MINUTE;
const SCALE = HOUR / MINUTE / SAMPLES;
/** Days of sampled appends needed before a range to know its first level: the longest retention + 1. */
const LOOKBACK_DAYS = 32;
export const DEVICE_READINGS_EVERY = 3 * DAY;

export function generateHours(model: WorkloadModel, from: number, to: number): RecordBatch {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from % HOUR || to % HOUR || from > to) {
    throw new RangeError(
      `generateHours needs hour-aligned epoch seconds with from <= to, got [${from}, ${to})`,
    );
  }
  const counters: CounterEvent[] = [];
  const gauges: GaugeReading[] = [];
  const origin = from - LOOKBACK_DAYS * DAY;
  const basins = model.basins.map((b) => ({
    spec: b.spec,
    opsKey: b.opsKey,
    streams: b.streams.map(newStreamPass),
    previousLevel: 0,
    ledgers: b.streams.map((s) => new HourLedger(s, origin, to)),
  }));
  for (let h = from; h < to; h += HOUR) {
    pushAccountOpsHour(model.accountKey, h, counters);
    for (const basin of basins) {
      for (const stream of basin.streams) sampleHour(stream.spec, stream.key, h, stream.minute);
      pushActivitySums(basin, h, counters);
      pushBasinOpsHour(basin.spec, basin.opsKey, h, scheduledInHour(basin, h), counters);
      pushHourReadings(basin, h, gauges);
    }
    pushFleet(model.fleet, h, counters, gauges);
  }
  return { counters, gauges };
}

function pushFleet(fleet: Fleet, h: number, counters: CounterEvent[], gauges: GaugeReading[]): void {
  // Devices are metered every third day in this tier, at 00:00 UTC of days the epoch count divides by 3
  // (2,000 hourly readings for a year would be 17 M rows; daily ones alone took 20% of the first start).
  pushFleetHour(fleet, h, h % DEVICE_READINGS_EVERY === 0, counters, gauges);
}

/** The sum of SAMPLES sampled minutes, scaled to the hour, into `out`. */
function sampleHour(spec: StreamSpec, key: number, h: number, out: StreamMinute): void {
  const one = emptyMinute();
  Object.assign(out, emptyMinute());
  for (let j = 0; j < SAMPLES; j++) {
    streamMinute(spec, key, h + SAMPLE_OFFSET + j * SAMPLE_STEP, one);
    out.live ||= one.live;
    out.appendOps += one.appendOps * SCALE;
    out.appendBytes += one.appendBytes * SCALE;
    out.streamingReads += one.streamingReads * SCALE;
    out.unaryReads += one.unaryReads * SCALE;
    out.readBytes += one.readBytes * SCALE;
  }
}

/** Sampled appends per hour from `origin`, as prefix sums, so any retained window is two lookups. */
class HourLedger {
  private readonly prefix: Float64Array;

  constructor(
    stream: MeteredStream,
    private readonly origin: number,
    to: number,
  ) {
    const hours = (to - origin) / HOUR;
    this.prefix = new Float64Array(hours + 1);
    for (let i = 0; i < hours; i++) {
      const h = origin + i * HOUR;
      let bytes = 0;
      for (let j = 0; j < SAMPLES; j++) {
        bytes += appendedBytesAt(stream.spec, stream.key, h + SAMPLE_OFFSET + j * SAMPLE_STEP) * SCALE;
      }
      this.prefix[i + 1] = (this.prefix[i] ?? 0) + bytes;
    }
  }

  /** Bytes appended in the hours of [a, b), both hour-aligned and within the ledger. */
  between(a: number, b: number): number {
    const i = Math.max(0, (a - this.origin) / HOUR);
    const k = Math.max(0, (b - this.origin) / HOUR);
    return (this.prefix[k] ?? 0) - (this.prefix[i] ?? 0);
  }

  /** The level at hour h: what was appended since the trim that opened the oldest retained day. */
  levelAt(spec: StreamSpec, h: number): number {
    if (!isAlive(spec, h)) return 0;
    const opened = segmentStart(spec, segmentIndex(spec, h)) - spec.retentionDays * DAY;
    return this.between(Math.max(opened, hourOf(spec.createdAt)), h);
  }
}

function hourOf(t: number): number {
  return t - (t % HOUR);
}

type HourBasin = BasinPass & { ledgers: HourLedger[] };

/** Catalog creations and deletions, and retention trims, that fall in the hour. */
function scheduledInHour(basin: HourBasin, h: number): ScheduledBasinOps {
  let created = 0;
  let deleted = 0;
  let trimmed = 0;
  for (const { spec } of basin.streams) {
    if (spec.createdAt >= h && spec.createdAt < h + HOUR) created += 1;
    if (spec.deletedAt !== null && spec.deletedAt >= h && spec.deletedAt < h + HOUR) deleted += 1;
    if (h > spec.createdAt && isAlive(spec, h) && isTrimInstant(spec, h)) trimmed += 1;
  }
  return { "create-stream": created, "delete-stream": deleted, trim: trimmed };
}

/** On-the-hour readings: each live stream's level, a final 0 in its deletion hour, and the basin's sum. */
function pushHourReadings(basin: HourBasin, h: number, out: GaugeReading[]): void {
  if (h < basin.spec.createdAt) return;
  const name = basin.spec.name;
  let total = 0;
  for (const [i, stream] of basin.streams.entries()) {
    const { createdAt, deletedAt } = stream.spec;
    if (h + HOUR <= createdAt || (deletedAt !== null && h > deletedAt)) continue;
    if (deletedAt !== null && deletedAt < h + HOUR && deletedAt >= h) {
      out.push({ ts: deletedAt, basin: name, stream: stream.spec.name, value: 0 });
      continue;
    }
    const level = h < createdAt ? 0 : (basin.ledgers[i]?.levelAt(stream.spec, h) ?? 0);
    out.push({ ts: Math.max(h, createdAt), basin: name, stream: stream.spec.name, value: level });
    total += level;
  }
  out.push({ ts: h, basin: name, stream: null, value: total });
}
