"use client";

import { useEffect, useState } from "react";
import { intervalOffers } from "@/lib/time-range/drawn-bars";
import { INTERVAL_CHOICES, type IntervalChoice } from "@/lib/time-range/options";
import { autoInterval, resolveViewWindow } from "@/lib/time-range/resolve-range";
import { SegmentedControl } from "./segmented-control";
import { useViewZone } from "./use-time-zone";
import { useViewParams } from "./use-view-params";

const LABELS: Record<IntervalChoice, string> = { auto: "Auto", minute: "Minute", hour: "Hour", day: "Day" };

/**
 * Bucket width for every chart in the view, with what the chart will actually draw beside it ("Minute
 * data drawn as 2-hour bars"). A choice that draws the same bars as a coarser interval is disabled and
 * says so: it would only fetch more for the same picture.
 */
export function IntervalPicker() {
  const { state, navigate } = useViewParams();
  const zone = useViewZone(state.tz);
  // The clock is read after hydration: the server's and the browser's "now" differ, and so might the words.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => setNow(Math.floor(Date.now() / 1000)), []);
  const window = now === null ? null : resolveViewWindow(state, now, zone);
  const offers =
    window?.ok === true
      ? intervalOffers(
          window.range,
          state.interval,
          autoInterval(window.requested.end - window.requested.start),
        )
      : null;
  const drawn = offers?.find((o) => o.value === state.interval)?.description ?? null;
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <SegmentedControl
        label="Interval"
        value={state.interval}
        onChange={(interval) => navigate({ ...state, interval })}
        options={INTERVAL_CHOICES.map((value) => {
          const offer = offers?.find((o) => o.value === value);
          return {
            value,
            label: LABELS[value],
            title: offer?.description,
            disabledReason: offer?.disabledReason ?? null,
          };
        })}
      />
      <p className="text-xs text-fg-muted" data-testid="interval-drawn" aria-live="polite">
        {drawn}
      </p>
    </div>
  );
}
