import type { ApiMetric } from "@/lib/api/contract";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import type { BasinSet } from "@/lib/s2/contract";
import { type CostBreakdown, costBreakdown, type MeasuredQuantity } from "./cost-breakdown";
import { pricedDimension } from "./dimensions";
import { type MonthWindow, projectCounter, projectGauge } from "./month-projection";
import type { PriceList } from "./price-list";

/** One basin set's answer over `monthRequestRange` (counters by day, storage by hour). */
export interface MonthSetAnswer {
  readonly set: BasinSet;
  readonly metrics: readonly ApiMetric[];
}

/**
 * The priced quantities of every series in the answers, this month so far and projected to its end, for
 * `costBreakdown`. Series of sets no price applies to (basin operations by type) are left out.
 */
export function monthQuantities(
  answers: readonly MonthSetAnswer[],
  w: MonthWindow,
): { monthToDate: MeasuredQuantity[]; projected: MeasuredQuantity[] } {
  const monthToDate: MeasuredQuantity[] = [];
  const projected: MeasuredQuantity[] = [];
  for (const { set, metrics } of answers) {
    const { gauges, accumulations } = splitMetricsByType(metrics);
    const series = [
      ...gauges.map((g) => ({ name: g.name, month: projectGauge(g.values, w) })),
      ...accumulations.map((a) => ({ name: a.name, month: projectCounter(a.values, w) })),
    ];
    for (const { name, month } of series) {
      const dimension = pricedDimension("basin", set, name);
      if (dimension === null) continue;
      monthToDate.push({ dimension, quantity: month.monthToDate });
      projected.push({ dimension, quantity: month.projected });
    }
  }
  return { monthToDate, projected };
}

/** The month's estimate: this month so far and projected to its end, by billed dimension. */
export interface MonthCosts {
  readonly monthToDate: CostBreakdown;
  readonly projected: CostBreakdown;
}

/** Every basin's answers priced together: the account's month to date and projection. */
export function monthCosts(
  prices: PriceList,
  answers: readonly MonthSetAnswer[],
  w: MonthWindow,
): MonthCosts {
  const quantities = monthQuantities(answers, w);
  return {
    monthToDate: costBreakdown(prices, quantities.monthToDate),
    projected: costBreakdown(prices, quantities.projected),
  };
}
