import { draw } from "./prng";
import { HOUR, isScheduled, type Schedule, utcHourFraction, utcHourOf } from "./time";

/** How busy a stream is over time, as a multiple of its nominal rate; 0 means no connection at all. */
export type Shape =
  | { kind: "steady" }
  /** A daily cycle by UTC hour, peaking at `peakHour`, never below `floor`. */
  | { kind: "diurnal"; peakHour: number; floor: number }
  /** A `baseline` rate (0 = silent) with rare spikes of `factor` lasting a few minutes. */
  | { kind: "bursty"; baseline: number; burstChancePerHour: number; factor: number }
  /** Active only in [fromHour, toHour) UTC each day, like a nightly batch job. */
  | { kind: "window"; fromHour: number; toHour: number };

export interface ShapeSpec {
  shape: Shape;
  /** Whole days or hours in which the stream is idle; defaults to always. */
  schedule?: Schedule;
  /** Probability that a given hour is active at all: gives streams with idle hours at random. */
  hourlyChance?: number;
}

// Draw channels: one per independent decision, so they never reuse each other's numbers.
const CHANNEL_HOUR_GATE = 1;
const CHANNEL_BURST = 2;
const CHANNEL_BURST_START = 3;
const CHANNEL_BURST_LENGTH = 4;

function burstLevel(shape: Extract<Shape, { kind: "bursty" }>, key: number, t: number): number {
  const hour = Math.floor(t / HOUR);
  if (draw(key, hour, CHANNEL_BURST) >= shape.burstChancePerHour) return shape.baseline;
  // A burst sits inside its hour, so deciding it needs nothing but that hour's draws.
  const start = Math.floor(draw(key, hour, CHANNEL_BURST_START) * 50);
  const length = 2 + Math.floor(draw(key, hour, CHANNEL_BURST_LENGTH) * 9);
  const minute = Math.floor((t % HOUR) / 60);
  return minute >= start && minute < start + length ? shape.factor : shape.baseline;
}

function shapeLevel(shape: Shape, key: number, t: number): number {
  switch (shape.kind) {
    case "steady":
      return 1;
    case "diurnal": {
      const phase = (2 * Math.PI * (utcHourFraction(t) - shape.peakHour)) / 24;
      return shape.floor + (1 - shape.floor) * (0.5 + 0.5 * Math.cos(phase));
    }
    case "bursty":
      return burstLevel(shape, key, t);
    case "window": {
      const hour = utcHourOf(t);
      return hour >= shape.fromHour && hour < shape.toHour ? 1 : 0;
    }
  }
}

/** The stream's intensity in the minute starting at `t`. */
export function intensityAt(spec: ShapeSpec, key: number, t: number): number {
  if (!isScheduled(spec.schedule ?? "always", t)) return 0;
  if (
    spec.hourlyChance !== undefined &&
    draw(key, Math.floor(t / HOUR), CHANNEL_HOUR_GATE) >= spec.hourlyChance
  ) {
    return 0;
  }
  return shapeLevel(spec.shape, key, t);
}
