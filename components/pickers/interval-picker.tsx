"use client";

import { useEffect, useState } from "react";
import { MAX_CHART_WIDTH_PX } from "@/lib/chart-data/point-budget";
import { intervalOffers } from "@/lib/time-range/drawn-bars";
import { INTERVAL_CHOICES, type IntervalChoice } from "@/lib/time-range/options";
import { autoInterval, resolveViewWindow } from "@/lib/time-range/resolve-range";
import { SegmentedControl } from "./segmented-control";
import { useChartWidth } from "./use-chart-width";
import { useViewZone } from "./use-time-zone";
import { useViewParams } from "./use-view-params";

const LABELS: Record<IntervalChoice, string> = { auto: "Auto", minute: "Minute", hour: "Hour", day: "Day" };

/**
 * Bucket width for every chart in the view, with what the chart will actually draw beside it ("Minute
 * data drawn as 6-hour bars", for the width the view's charts have). A choice that draws the same bars
 * as a coarser interval is disabled and says so: it would only fetch more for the same picture.
 */
export function IntervalPicker() {
  const { state, navigate } = useViewParams();
  const zone = useViewZone(state.tz);
  const chartWidth = useChartWidth(MAX_CHART_WIDTH_PX);
  // The clock is read after hydration: the server's and the browser's "now" differ, and so might the words.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => setNow(Math.floor(Date.now() / 1000)), []);
  const shown = now === null ? null : resolveViewWindow(state, now, zone);
  const offers =
    shown?.ok === true
      ? intervalOffers(
          shown.range,
          state.interval,
          autoInterval(shown.requested.end - shown.requested.start),
          chartWidth,
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
