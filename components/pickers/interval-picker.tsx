"use client";

import type { IntervalChoice } from "@/lib/time-range/options";
import { INTERVAL_CHOICES } from "@/lib/time-range/options";
import { autoInterval, rangeBounds } from "@/lib/time-range/resolve-range";
import { SegmentedControl } from "./segmented-control";
import { useViewParams } from "./use-view-params";

const LABELS: Record<IntervalChoice, string> = { auto: "Auto", minute: "Minute", hour: "Hour", day: "Day" };

/** Bucket width for every chart in the view: auto (chosen from the range's length), minute, hour or day. */
export function IntervalPicker() {
  const { state, navigate } = useViewParams();
  // The length of a range does not depend on when it is resolved, except for a mixed absolute/now
  // range, which drifts by seconds; good enough for a hint.
  const bounds = rangeBounds(state.range, Math.floor(Date.now() / 1000));
  const auto = autoInterval(bounds.end - bounds.start);
  return (
    <SegmentedControl
      label="Interval"
      value={state.interval}
      onChange={(interval) => navigate({ ...state, interval })}
      options={INTERVAL_CHOICES.map((value) => ({
        value,
        label: LABELS[value],
        title: value === "auto" ? `Auto: ${auto} buckets for this range` : `${LABELS[value]} buckets`,
      }))}
    />
  );
}
