import "server-only";
import { previousPeriod } from "@/lib/chart-data/compare-period";
import { fetchPlannedMetricSet, type PlannerTarget } from "@/lib/planner";
import { INTERVAL_SECONDS, type Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";
import type { S2Client } from "@/lib/upstream/s2-client";
import type { SetAnswer } from "./rows";

export interface BreakdownView {
  readonly range: EpochRange;
  readonly interval: Interval;
}

/**
 * One set of one basin or stream, asked for exactly as its own panel asks (`setRequest`: the set's
 * interval, the window aligned to it), through the planner. No point budget: the figures are computed
 * from every reading, as the proxy's `reduced` figures are. The previous period is the one the stat
 * cards compare with (`previousPeriod` of the set's own window), so a change column matches them too.
 */
export async function fetchSetAnswer(
  s2: S2Client,
  token: string,
  target: PlannerTarget & { level: "basin" | "stream" },
  set: string,
  view: BreakdownView,
  period: "current" | "previous",
  signal?: AbortSignal,
): Promise<SetAnswer> {
  const request = setRequest(target.level, set, { ...view, intervalWasAuto: true });
  const { interval } = request;
  const range =
    period === "current" ? request.range : previousPeriod(request.range, INTERVAL_SECONDS[interval]).range;
  const answer = await fetchPlannedMetricSet(s2, token, target, { set, ...range, interval }, { signal });
  return { values: answer.values, range };
}
