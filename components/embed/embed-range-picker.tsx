"use client";

import { useId } from "react";
import { currentRangeKey, embedRangeChoices } from "@/lib/embed/embed-range-choices";
import type { PublicEmbed } from "@/lib/embed/embed-spec";
import { rangeLabel } from "@/lib/format/range-label";
import type { RangeSpec } from "@/lib/time-range/search-params";

export interface EmbedRangePickerProps {
  readonly embed: PublicEmbed;
  /** The frame's range now (the token's, a viewer's choice, or the portal's). */
  readonly range: RangeSpec;
  readonly zone: string | undefined;
  /** A quick range, or null for the token's own. */
  readonly onChange: (range: RangeSpec | null) => void;
}

/**
 * The compact range picker of an embed whose token lets viewers change the range: the token's range and
 * the app's quick ranges that fit its lookback, under the app's labels. A range the portal set that is
 * none of these shows as itself, selected, so the picker never claims a range the charts do not show.
 */
export function EmbedRangePicker({ embed, range, zone, onChange }: EmbedRangePickerProps) {
  const id = useId();
  const choices = embedRangeChoices(embed, zone);
  const current = currentRangeKey(embed, range) ?? "other";
  return (
    <div className="flex items-center gap-1.5 text-xs text-fg-muted">
      <label htmlFor={id}>Range</label>
      <select
        id={id}
        data-testid="embed-range-picker"
        value={current}
        onChange={(event) => {
          const choice = choices.find((c) => c.key === event.target.value);
          if (choice !== undefined) onChange(choice.range);
        }}
        className="h-7 max-w-[14rem] rounded-md border border-border bg-surface px-1.5 text-xs text-fg tabular-nums"
      >
        {current === "other" ? <option value="other">{rangeLabel(range, zone)}</option> : null}
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
