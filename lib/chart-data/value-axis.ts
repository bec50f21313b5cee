import { IEC_UNITS } from "@/lib/format/bytes";
import { COUNT_SUFFIXES } from "@/lib/format/count";
import type { MetricUnit } from "@/lib/s2/contract";

/** A y axis: its ticks (raw values), its top, and how to print every tick in one shared unit. */
export interface ValueAxis {
  readonly ticks: readonly number[];
  readonly domainMax: number;
  /** The value of one displayed unit, e.g. 1024³ for GiB. */
  readonly divisor: number;
  /** The shown unit: " GiB" for bytes, "k" for counts ("" for plain numbers). */
  readonly suffix: string;
  readonly decimals: number;
}

/** Tick steps in the chosen unit. Binary units still step decimally (0.5 GiB, 2 GiB): people count that way. */
const STEPS = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] as const;

const EMPTY_AXIS: Omit<ValueAxis, "suffix"> = { ticks: [0], domainMax: 1, divisor: 1, decimals: 0 };

/**
 * A y axis from 0 to just above `maxValue`, with about `targetTicks` intervals at nice steps, all
 * labelled in the unit of the largest tick. Per-tick formatting would mix units ("512 MiB", "1 GiB",
 * "1.5 GiB") and use binary-unfriendly values such as 500,000,000 bytes ("477 MiB").
 */
export function niceValueAxis(
  maxValue: number,
  unit: MetricUnit,
  targetTicks = 4,
  opts: ValueAxisOptions = {},
): ValueAxis {
  const base = unit === "bytes" ? 1024 : 1000;
  const per = opts.perSecond ? "/s" : "";
  const names: readonly string[] = (unit === "bytes" ? IEC_UNITS.map((u) => ` ${u}`) : COUNT_SUFFIXES).map(
    (name) => `${name}${per}`,
  );
  if (!(maxValue > 0) || !Number.isFinite(maxValue)) return { ...EMPTY_AXIS, suffix: names[0] ?? "" };

  let power = 0;
  while (power < names.length - 1 && maxValue >= base ** (power + 1)) power++;
  const divisor = base ** power;
  const scaled = maxValue / divisor;
  const rough = scaled / Math.max(1, targetTicks);
  // Bytes and operations are whole numbers: below the first unit a step under 1 would repeat labels.
  // A rate is not: 0.05 operations per second is one every 20 seconds.
  const step: number =
    opts.perSecond && power === 0 && rough < 1
      ? fractionalStep(rough)
      : (STEPS.find((s) => s >= rough && (power > 0 || s >= 1)) ?? 1000);
  const count = Math.ceil(scaled / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => roundTo(i * step, 6) * divisor);
  return {
    ticks,
    domainMax: ticks[ticks.length - 1] ?? 1,
    divisor,
    suffix: names[power] ?? "",
    decimals: decimalsOf(step),
  };
}

export interface ValueAxisOptions {
  /** A rate axis: every label says "/s" and steps below one unit are allowed. */
  readonly perSecond?: boolean;
}

/** The smallest 1-2-2.5-5 step (times a power of ten) at least `rough`, for values under one unit. */
function fractionalStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * magnitude >= rough - 1e-12) ?? 10;
  return roundTo(factor * magnitude, 12);
}

/** A tick label on `axis`: "0", "1.5 GiB", "250k". */
export function formatAxisValue(value: number, axis: ValueAxis): string {
  if (value === 0) return "0";
  return `${(value / axis.divisor).toFixed(axis.decimals)}${axis.suffix}`;
}

function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
