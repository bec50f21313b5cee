"use client";

import { timeZoneLabel } from "@/lib/format/time-zone";
import { TZ_CHOICES } from "@/lib/time-range/options";
import { SegmentedControl } from "./segmented-control";
import { useLocalZone } from "./use-time-zone";
import { useViewParams } from "./use-view-params";

/** Whether times are shown on the reader's clock or in UTC (S2 buckets align to UTC). */
export function TimezoneToggle() {
  const { state, navigate } = useViewParams();
  const local = useLocalZone();
  return (
    <SegmentedControl
      label="Time zone"
      value={state.tz}
      onChange={(tz) => navigate({ ...state, tz })}
      options={TZ_CHOICES.map((value) => ({
        value,
        label: value === "utc" ? "UTC" : "Local",
        title: timeZoneLabel(value, local),
      }))}
    />
  );
}
