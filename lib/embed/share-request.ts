import type { MetricSet } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { PRESET_SECONDS, RELATIVE_UNIT_SECONDS } from "@/lib/time-range/options";
import { rangeBounds } from "@/lib/time-range/resolve-range";
import type { ViewState } from "@/lib/time-range/search-params";
import type { EmbedTarget, EmbedTheme } from "./embed-spec";
import type { EmbedMintInput } from "./mint-request";

/** From the view on screen and the share dialog's choices to a mint request. */

export type RangeMode = "fixed" | "relative";

export interface ShareChoices {
  readonly rangeMode: RangeMode;
  readonly allowRangeChange: boolean;
  readonly lookbackSeconds: number;
  readonly theme: EmbedTheme;
  readonly lifetimeSeconds: number;
  /** The portal origin for the snippet's `parent`; null when none is picked. */
  readonly parent: string | null;
}

export interface ShareRangeOptions {
  /** The absolute window on screen. */
  readonly fixed: EpochRange;
  /** The length of the moving window on screen, or null when the view's range does not end now. */
  readonly relativeSeconds: number | null;
}

export function shareRangeOptions(state: ViewState, now: number): ShareRangeOptions {
  const fixed = rangeBounds(state.range, now);
  const { range } = state;
  let relativeSeconds: number | null = null;
  if (range.kind === "preset") relativeSeconds = PRESET_SECONDS[range.preset];
  else if (range.kind === "custom" && range.to.kind === "now" && range.from.kind === "ago") {
    relativeSeconds = range.from.amount * RELATIVE_UNIT_SECONDS[range.from.unit];
  }
  return { fixed, relativeSeconds };
}

export function buildMintInput(input: {
  readonly target: EmbedTarget;
  readonly chart?: MetricSet;
  readonly title?: string;
  readonly state: ViewState;
  readonly now: number;
  readonly choices: ShareChoices;
}): EmbedMintInput {
  const { target, chart, title, state, now, choices } = input;
  const options = shareRangeOptions(state, now);
  const range =
    choices.rangeMode === "relative" && options.relativeSeconds !== null
      ? ({ kind: "relative", seconds: options.relativeSeconds } as const)
      : ({ kind: "fixed", ...options.fixed } as const);
  return {
    target,
    ...(chart === undefined ? {} : { chart }),
    ...(title === undefined ? {} : { title }),
    range,
    interval: state.interval,
    rangeChange: choices.allowRangeChange
      ? { allowed: true, lookbackSeconds: choices.lookbackSeconds }
      : { allowed: false },
    theme: choices.theme,
    expiresInSeconds: choices.lifetimeSeconds,
    ...(choices.parent === null ? {} : { parent: choices.parent }),
  };
}

/**
 * The embed target of a dashboard page, from its route (`/`, `/basins/[basin]`,
 * `/basins/[basin]/streams/[stream]`). Next hands segments over percent-encoded, so they are decoded
 * here; a segment that does not decode is kept as is (the mint route validates names anyway).
 */
export function embedTargetFromRoute(
  pathname: string,
  params: Readonly<Record<string, string | string[] | undefined>>,
): EmbedTarget | null {
  const basin = segment(params.basin);
  const stream = segment(params.stream);
  if (basin !== null && stream !== null) return { level: "stream", basin, stream };
  if (basin !== null) return { level: "basin", basin };
  return pathname === "/" ? { level: "account" } : null;
}

function segment(value: string | string[] | undefined): string | null {
  if (typeof value !== "string" || value === "") return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
