import { appendedBytesAt, isAlive } from "./activity";
import type { StreamSpec } from "./specs";
import { DAY, HOUR, MINUTE } from "./time";

/**
 * Stored bytes, random-access: a stream keeps what was appended since its last daily trim plus the
 * `retentionDays` whole trim-to-trim segments before it. So a level at any instant needs at most
 * retentionDays + 1 days of per-minute appends (cached per segment), never a replay from an origin,
 * and it stays exactly consistent with append-throughput: it grows by the appended bytes and drops by
 * one old day at each trim (the sawtooth).
 */

export interface MeteredStream {
  /** Position in the topology, used as the cache key. */
  index: number;
  spec: StreamSpec;
  key: number;
}

export function segmentIndex(spec: StreamSpec, t: number): number {
  return Math.floor((t - spec.trimHour * HOUR) / DAY);
}

export function segmentStart(spec: StreamSpec, segment: number): number {
  return segment * DAY + spec.trimHour * HOUR;
}

export function isTrimInstant(spec: StreamSpec, t: number): boolean {
  return (t - spec.trimHour * HOUR) % DAY === 0;
}

export class RetentionLedger {
  // Segment totals are pure functions of (seed, stream, segment): caching them changes no output.
  private readonly totals = new Map<number, number>();

  appendedBetween(stream: MeteredStream, from: number, to: number): number {
    const { createdAt, deletedAt } = stream.spec;
    const start = Math.max(from, createdAt);
    const end = deletedAt === null ? to : Math.min(to, deletedAt);
    let total = 0;
    for (let t = start; t < end; t += MINUTE) {
      total += appendedBytesAt(stream.spec, stream.key, t);
    }
    return total;
  }

  segmentTotal(stream: MeteredStream, segment: number): number {
    const cacheKey = stream.index * 1_000_000 + segment;
    const cached = this.totals.get(cacheKey);
    if (cached !== undefined) return cached;
    const start = segmentStart(stream.spec, segment);
    const total = this.appendedBetween(stream, start, start + DAY);
    this.totals.set(cacheKey, total);
    return total;
  }

  /** Lets a sequential pass hand over a segment it summed anyway. */
  remember(stream: MeteredStream, segment: number, total: number): void {
    this.totals.set(stream.index * 1_000_000 + segment, total);
  }

  /** Bytes kept by the trim that opens `segment`. */
  retainedAt(stream: MeteredStream, segment: number): number {
    let total = 0;
    for (let k = segment - stream.spec.retentionDays; k < segment; k++) total += this.segmentTotal(stream, k);
    return total;
  }

  /** The stream's stored bytes at instant `t`, counting appends in minutes before `t`; 0 when not alive. */
  levelAt(stream: MeteredStream, t: number): number {
    if (!isAlive(stream.spec, t)) return 0;
    const segment = segmentIndex(stream.spec, t);
    const start = segmentStart(stream.spec, segment);
    return this.retainedAt(stream, segment) + this.appendedBetween(stream, start, t);
  }
}
