import type { Metric, MetricSetResponse, ResourceSet } from "@/lib/s2/contract";
import type { MetricsRequest } from "./metrics-request";
import type { CounterSet } from "./records";
import {
  ACTIVE_BASINS_LABEL,
  BASIN_STORAGE_SERIES,
  COUNTER_UNITS,
  FIXED_SERIES,
  STREAM_STORAGE_SERIES,
} from "./series";
import type { MetricsStore } from "./store";

/** Answers a validated metrics request from the store, shaped exactly as S2's `MetricSetResponse`. */
export function answerMetrics(
  store: MetricsStore,
  req: MetricsRequest,
  basinScope?: ResourceSet,
): MetricSetResponse {
  const { start, end, intervalSeconds } = req;
  if (req.level === "account" && req.set === "active-basins") {
    const label = { name: ACTIVE_BASINS_LABEL, values: store.activeBasins(start, end, basinScope) };
    return { values: [{ label }] };
  }
  if (req.set === "storage") {
    if (req.basin === undefined) throw new Error("storage is a basin or stream set");
    const name = req.level === "stream" ? STREAM_STORAGE_SERIES : BASIN_STORAGE_SERIES;
    const values = store.gauge(req.basin, req.stream ?? null, start, end, intervalSeconds);
    return { values: [{ gauge: { name, unit: "bytes", values } }] };
  }
  const set = req.set as CounterSet;
  const interval = req.interval;
  if (interval === null) throw new Error(`${set} is a timeseries set and needs an interval`);
  const found = store.accumulate(
    set,
    req.level === "account" ? null : (req.basin ?? null),
    start,
    end,
    intervalSeconds,
  );
  const names = FIXED_SERIES[set] ?? [...found.keys()];
  const values: Metric[] = names.map((name) => ({
    accumulation: { name, unit: COUNTER_UNITS[set], interval, values: found.get(name) ?? [] },
  }));
  return { values };
}
