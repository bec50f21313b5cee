import type { ShapeSpec } from "./shapes";
import { ANCHOR, type Schedule } from "./time";

/** The shape of the simulated account's definitions, and builders that keep the tables short. */

export const STORAGE_CLASSES = ["standard", "express"] as const;
export type StorageClass = (typeof STORAGE_CLASSES)[number];

export interface BasinSpec {
  name: string;
  createdAt: number;
  /** Multiplies the basin's control-plane (basin-ops) rates. */
  opsScale: number;
  /** When people and jobs touch the basin's control plane. */
  opsSchedule: Schedule;
  /** Throwaway streams created and deleted within a minute (CI), too short-lived for the catalog. */
  scratchStreamsPerMinute: number;
}

export interface StreamSpec {
  basin: string;
  name: string;
  storageClass: StorageClass;
  createdAt: number;
  deletedAt: number | null;
  activity: ShapeSpec;
  /** Concurrent append connections at intensity 1: each is one append operation per minute. */
  appendConnections: number;
  bytesPerMinute: number;
  /** Tailing consumers: each is one streaming-read operation per minute while the stream is live. */
  streamingReaders: number;
  unaryReadsPerMinute: number;
  /** Share of live minutes with connections held open but nothing appended: recorded zeros. */
  quietShare: number;
  /** Age-based retention, applied by a daily trim at `trimHour` UTC. */
  retentionDays: number;
  trimHour: number;
}

type StreamInput = Pick<StreamSpec, "name" | "activity" | "bytesPerMinute"> & Partial<StreamSpec>;

/** Defaults: a standard-class stream created at the anchor, one writer, one tailing reader, 7-day retention. */
export function streamsOf(basin: string): (input: StreamInput) => StreamSpec {
  return (input) => ({
    basin,
    storageClass: "standard",
    createdAt: ANCHOR,
    deletedAt: null,
    appendConnections: 1,
    streamingReaders: 1,
    unaryReadsPerMinute: 0,
    quietShare: 0,
    retentionDays: 7,
    trimHour: 0,
    ...input,
  });
}

export function basin(name: string, opsScale: number, extra: Partial<BasinSpec> = {}): BasinSpec {
  return { name, createdAt: ANCHOR, opsScale, opsSchedule: "always", scratchStreamsPerMinute: 0, ...extra };
}

export const steady: ShapeSpec = { shape: { kind: "steady" } };

export function diurnal(peakHour: number, floor: number, extra: Partial<ShapeSpec> = {}): ShapeSpec {
  return { shape: { kind: "diurnal", peakHour, floor }, ...extra };
}

export function bursty(baseline: number, burstChancePerHour: number, factor: number): ShapeSpec {
  return { shape: { kind: "bursty", baseline, burstChancePerHour, factor } };
}

export function dailyWindow(fromHour: number, toHour: number, extra: Partial<ShapeSpec> = {}): ShapeSpec {
  return { shape: { kind: "window", fromHour, toHour }, ...extra };
}

export function workHoursOnly(spec: ShapeSpec): ShapeSpec {
  return { ...spec, schedule: "work-hours" };
}
