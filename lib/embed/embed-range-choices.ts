import { PRESET_LABELS, rangeLabel } from "@/lib/format/range-label";
import { PRESET_SECONDS, PRESETS, type Preset, RELATIVE_UNIT_SECONDS } from "@/lib/time-range/options";
import type { RangeSpec } from "@/lib/time-range/search-params";
import type { EmbedView } from "./embed-spec";
import { tokenRangeSpec } from "./embed-state";

/**
 * The ranges the frame's own picker offers a viewer the token lets change the range: the token's range
 * (its author's choice), then each of the app's quick ranges that fits the lookback, labelled as the
 * app labels them. A quick range as long as the lookback is left out: its start, aligned down to a
 * bucket boundary as every request is, would fall just before what the token allows.
 */

export type EmbedRangeKey = "token" | Preset;

export interface EmbedRangeChoice {
  readonly key: EmbedRangeKey;
  readonly label: string;
  /** The range the choice puts in the frame's URL; null for the token's own (no range params). */
  readonly range: RangeSpec | null;
}

export function embedRangeChoices(view: EmbedView, zone: string | undefined): EmbedRangeChoice[] {
  if (!view.rangeChange.allowed) return [];
  const { lookbackSeconds } = view.rangeChange;
  const tokenPreset = presetOf(tokenRangeSpec(view.range));
  const choices: EmbedRangeChoice[] = [];
  if (tokenPreset === null) {
    choices.push({ key: "token", label: rangeLabel(tokenRangeSpec(view.range), zone), range: null });
  }
  for (const preset of PRESETS) {
    if (PRESET_SECONDS[preset] >= lookbackSeconds && preset !== tokenPreset) continue;
    choices.push({ key: preset, label: PRESET_LABELS[preset], range: { kind: "preset", preset } });
  }
  return choices;
}

/** The choice the frame's range is, or null for a range set otherwise (by the portal, by the link). */
export function currentRangeKey(view: EmbedView, range: RangeSpec): EmbedRangeKey | null {
  const preset = presetOf(range);
  if (preset !== null) return preset;
  return sameRange(range, tokenRangeSpec(view.range)) ? "token" : null;
}

/** The quick range a range is: a preset, or `now-<n>` to now of a preset's length. */
function presetOf(range: RangeSpec): Preset | null {
  if (range.kind === "preset") return range.preset;
  if (range.kind !== "custom" || range.from.kind !== "ago" || range.to.kind !== "now") return null;
  const seconds = range.from.amount * RELATIVE_UNIT_SECONDS[range.from.unit];
  return PRESETS.find((preset) => PRESET_SECONDS[preset] === seconds) ?? null;
}

function sameRange(a: RangeSpec, b: RangeSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
