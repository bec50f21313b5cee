import type { CounterEvent, GaugeReading, RecordBatch } from "@/lib/local-s2/records";
import { isAlive, streamMinute } from "./activity";
import { pushBasinCounters } from "./basin-counters";
import { pushFleetCounters, pushFleetReadings } from "./fleet";
import { type BasinPass, newStreamPass, type StreamPass, type WorkloadModel } from "./model";
import { pushAccountOps } from "./operations";
import { isTrimInstant, type RetentionLedger, segmentIndex, segmentStart } from "./storage-levels";
import { pushStorageReadings } from "./storage-readings";
import { ANCHOR, HOUR, METER_TICK, MINUTE } from "./time";

/**
 * Every record with from <= ts < to, in minute order. Each minute depends only on the seed and on
 * time, and the running state of a pass is seeded by random access at its start, so any split of a
 * range yields the same records as the whole range. The fleet's 2,000 devices are metered every
 * `deviceReadingsEvery` seconds (an hour by default; the coarse history asks for a day).
 */
export function generateBatch(
  model: WorkloadModel,
  from: number,
  to: number,
  deviceReadingsEvery: number = HOUR,
): RecordBatch {
  assertMinuteRange(from, to);
  const counters: CounterEvent[] = [];
  const gauges: GaugeReading[] = [];
  // Nothing exists before the anchor: skipping those minutes changes no output.
  const start = Math.max(from, ANCHOR);
  if (start >= to) return { counters, gauges };
  const basins = beginPass(model, start);
  for (let t = start; t < to; t += MINUTE) {
    for (const basin of basins) {
      for (const stream of basin.streams) {
        if (t !== start && isTrimInstant(stream.spec, t)) rollSegment(model.ledger, stream, t);
        streamMinute(stream.spec, stream.key, t, stream.minute);
      }
    }
    pushAccountOps(model.accountKey, t, counters);
    for (const basin of basins) pushBasinCounters(basin, t, counters);
    pushFleetCounters(model.fleet, t, counters);
    if (t % METER_TICK === 0) for (const basin of basins) pushStorageReadings(basin, t, gauges);
    if (t % HOUR === 0) pushFleetReadings(model.fleet, t, t % deviceReadingsEvery === 0, gauges);
    // After metering: a reading at t holds the bytes appended before t.
    for (const basin of basins)
      for (const stream of basin.streams) stream.partial += stream.minute.appendBytes;
  }
  return { counters, gauges };
}

function assertMinuteRange(from: number, to: number): void {
  const aligned = (t: number) => Number.isSafeInteger(t) && t >= 0 && t % MINUTE === 0;
  if (!aligned(from) || !aligned(to) || from > to) {
    throw new RangeError(`generate needs minute-aligned epoch seconds with from <= to, got [${from}, ${to})`);
  }
}

function beginPass(model: WorkloadModel, start: number): BasinPass[] {
  const firstTick = Math.ceil(start / METER_TICK) * METER_TICK;
  return model.basins.map((basin) => {
    const streams = basin.streams.map((metered) => {
      const stream = newStreamPass(metered);
      const segment = segmentIndex(stream.spec, start);
      stream.base = model.ledger.retainedAt(stream, segment);
      stream.partial = model.ledger.appendedBetween(stream, segmentStart(stream.spec, segment), start);
      stream.previousLevel = previousTickLevel(model.ledger, stream, start, firstTick - METER_TICK);
      return stream;
    });
    const previousLevel = streams.reduce((sum, s) => sum + s.previousLevel, 0);
    return { spec: basin.spec, opsKey: basin.opsKey, streams, previousLevel };
  });
}

/** At a trim: the finished segment's total is known exactly, so hand it to the ledger's cache. */
function rollSegment(ledger: RetentionLedger, stream: StreamPass, t: number): void {
  const segment = segmentIndex(stream.spec, t);
  ledger.remember(stream, segment - 1, stream.partial);
  stream.partial = 0;
  stream.base = ledger.retainedAt(stream, segment);
}

/** The level at the tick before the first one, reusing the running sums unless a trim lies between. */
function previousTickLevel(ledger: RetentionLedger, stream: StreamPass, start: number, tick: number): number {
  const sameSegment = tick >= segmentStart(stream.spec, segmentIndex(stream.spec, start));
  if (!sameSegment || !isAlive(stream.spec, tick)) return ledger.levelAt(stream, tick);
  return stream.base + stream.partial - ledger.appendedBetween(stream, tick, start);
}
