"use client";

import { type ReactNode, useState } from "react";
import { useMetrics } from "@/lib/api/queries";
import { requestPointBudget } from "@/lib/chart-data/point-budget";
import { type BasinSet, INTERVAL_SECONDS, type Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";
import { hasActivity, lastActive, lastSeenLabel, lastSeenWindow } from "@/lib/view/activity";

interface ViewRequest {
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly intervalWasAuto: boolean;
}

/**
 * The very request a basin panel makes for its set (same query key as MetricSetPanel's), so asking
 * whether the basin did anything costs no extra call.
 */
function useSetAnswer(basin: string, set: BasinSet, view: ViewRequest) {
  const { range, interval } = setRequest("basin", set, view);
  const points = requestPointBudget(range, INTERVAL_SECONDS[interval]);
  return useMetrics(
    { level: "basin", basin },
    { set, ...range, interval, ...(points === undefined ? {} : { points }) },
  );
}

/**
 * Around the basin's panels: once every set has answered and none shows any activity (no recorded
 * bucket, nothing stored), one compact card replaces the column of empty charts, with when the basin
 * was last active, from one day-by-day request over the year before (issue 14).
 */
export function BasinActivityGate({
  basin,
  view,
  now,
  children,
}: {
  readonly basin: string;
  readonly view: ViewRequest;
  readonly now: number;
  readonly children: ReactNode;
}) {
  const answers = [
    useSetAnswer(basin, "storage", view),
    useSetAnswer(basin, "append-ops", view),
    useSetAnswer(basin, "read-ops", view),
    useSetAnswer(basin, "append-throughput", view),
    useSetAnswer(basin, "read-throughput", view),
    useSetAnswer(basin, "basin-ops", view),
  ];
  const [showCharts, setShowCharts] = useState(false);
  // Only settled, current answers decide: a placeholder is the previous window's.
  const settled = answers.every((a) => a.isSuccess && !a.isPlaceholderData);
  const idle = settled && !hasActivity(answers.map((a) => a.data).filter((d) => d !== undefined));
  const window = lastSeenWindow(view.range, now);
  const lastSeen = useMetrics(
    { level: "basin", basin },
    { set: "append-ops", ...window, interval: "day" },
    { enabled: idle },
  );
  if (!idle || showCharts) return <>{children}</>;
  return (
    <NoActivityCard
      lastSeen={lastSeen.data ? lastActive([lastSeen.data]) : undefined}
      onShowCharts={() => setShowCharts(true)}
    />
  );
}

/** `lastSeen`: a day bucket's start, null when there was none in the year before, undefined while asked. */
export function NoActivityCard({
  lastSeen,
  onShowCharts,
}: {
  readonly lastSeen: number | null | undefined;
  readonly onShowCharts: () => void;
}) {
  const seen = lastSeenLabel(lastSeen);
  return (
    <section
      data-testid="no-activity"
      aria-label="No activity"
      className="flex flex-col gap-2 rounded-xl border border-border bg-surface px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <p className="text-sm text-fg">
        <span className="font-medium">No activity in this range</span>
        <span className="text-fg-muted"> · </span>
        <span className="text-fg-muted" aria-live="polite">
          {seen}
        </span>
      </p>
      <button
        type="button"
        onClick={onShowCharts}
        className="h-8 shrink-0 self-start rounded-lg border border-border px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus sm:self-auto"
      >
        Show the empty charts
      </button>
    </section>
  );
}
