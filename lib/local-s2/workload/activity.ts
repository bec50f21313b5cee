import { draw, poisson } from "./prng";
import { intensityAt } from "./shapes";
import type { StreamSpec } from "./specs";
import { ANCHOR, DAY, GROWTH_PIVOT } from "./time";

/** What one stream did in one minute; basin counters are sums of these. */
export interface StreamMinute {
  /** The stream had a connection open: its storage class's append series is recorded, maybe as 0. */
  live: boolean;
  appendOps: number;
  appendBytes: number;
  streamingReads: number;
  unaryReads: number;
  readBytes: number;
}

export function emptyMinute(): StreamMinute {
  return { live: false, appendOps: 0, appendBytes: 0, streamingReads: 0, unaryReads: 0, readBytes: 0 };
}

const CHANNEL_QUIET = 10;
const CHANNEL_CONNECTIONS = 11;
const CHANNEL_BYTES = 12;
const CHANNEL_UNARY = 13;
const CHANNEL_UNARY_SIZE = 14;

/** Unary reads fetch a few records; their size varies around this. */
const UNARY_READ_BYTES = 2_048;

/**
 * Slow, decelerating growth of the whole account since the pivot (+28% after 82 days, under 2x after
 * years), so a month of storage and throughput trends upwards as a real customer's would. Before the
 * pivot the account ramps linearly from 0.75 at the anchor, so a 13-month view trends upwards too.
 */
export function growthAt(t: number): number {
  if (t < GROWTH_PIVOT) return 1 - 0.25 * ((GROWTH_PIVOT - t) / (GROWTH_PIVOT - ANCHOR));
  return 1 + 0.15 * Math.log2(1 + (t - GROWTH_PIVOT) / (30 * DAY));
}

export function isAlive(spec: StreamSpec, t: number): boolean {
  return t >= spec.createdAt && (spec.deletedAt === null || t < spec.deletedAt);
}

function isQuiet(spec: StreamSpec, key: number, minute: number): boolean {
  return spec.quietShare > 0 && draw(key, minute, CHANNEL_QUIET) < spec.quietShare;
}

function bytesAt(spec: StreamSpec, key: number, t: number, intensity: number): number {
  const noise = 0.8 + 0.4 * draw(key, t / 60, CHANNEL_BYTES);
  return Math.round(spec.bytesPerMinute * growthAt(t) * intensity * noise);
}

/** The appended bytes of streamMinute alone: storage levels sum days of these, so it skips the rest. */
export function appendedBytesAt(spec: StreamSpec, key: number, t: number): number {
  if (!isAlive(spec, t)) return 0;
  const intensity = intensityAt(spec.activity, key, t);
  if (intensity <= 0 || isQuiet(spec, key, t / 60)) return 0;
  return bytesAt(spec, key, t, intensity);
}

/** Fills `out` (reused to spare allocations: this runs for every stream in every minute). */
export function streamMinute(spec: StreamSpec, key: number, t: number, out: StreamMinute): void {
  out.live = false;
  out.appendOps = 0;
  out.appendBytes = 0;
  out.streamingReads = 0;
  out.unaryReads = 0;
  out.readBytes = 0;
  if (!isAlive(spec, t)) return;
  const intensity = intensityAt(spec.activity, key, t);
  if (intensity <= 0) return;
  const minute = t / 60;
  out.live = true;
  // Tailing readers stay connected through quiet minutes: streaming reads go on, with no bytes.
  out.streamingReads = spec.streamingReaders;
  if (isQuiet(spec, key, minute)) return;
  // Spikes add some connections but mostly bytes: a producer batches harder before it fans out.
  const connections = spec.appendConnections * Math.sqrt(intensity);
  out.appendOps = Math.max(1, Math.floor(connections + draw(key, minute, CHANNEL_CONNECTIONS)));
  out.appendBytes = bytesAt(spec, key, t, intensity);
  const unaryRate = spec.unaryReadsPerMinute * Math.min(intensity, 2);
  out.unaryReads = poisson(unaryRate, draw(key, minute, CHANNEL_UNARY));
  const unaryBytes = out.unaryReads * UNARY_READ_BYTES * (0.5 + draw(key, minute, CHANNEL_UNARY_SIZE));
  out.readBytes = spec.streamingReaders * out.appendBytes + Math.round(unaryBytes);
}
