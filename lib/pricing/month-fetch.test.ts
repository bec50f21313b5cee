import { describe, expect, it } from "vitest";
import type { MetricSetResponse } from "@/lib/s2/contract";
import type { S2Client } from "@/lib/upstream/s2-client";
import { fetchMonthEstimate } from "./month-fetch";
import type { PriceList } from "./price-list";

const DAY = 86_400;
/** 2026-11-08T12:00:00Z: a week and a half-day into November. */
const NOW = Date.UTC(2026, 10, 8, 12) / 1000;

/** `count` basins, each appending one million operations in every day bucket. */
function fakeAccount(count: number) {
  const names = Array.from({ length: count }, (_, i) => `b-${String(i).padStart(3, "0")}`);
  const asked = new Set<string>();
  const unused = () => Promise.reject(new Error("unused"));
  const s2: S2Client = {
    accountMetrics: unused,
    streamMetrics: unused,
    listStreams: unused,
    async listBasins(_token, query) {
      const from = query.start_after ? names.indexOf(query.start_after) + 1 : 0;
      const page = names.slice(from, from + 25);
      return { basins: page.map((name) => ({ name })), has_more: from + page.length < names.length } as never;
    },
    async basinMetrics(_token, basin, query): Promise<MetricSetResponse> {
      asked.add(basin);
      const days: [number, number][] = [];
      for (let t = Math.floor(query.start / DAY) * DAY; t < query.end; t += DAY) days.push([t, 1e6]);
      return {
        values: [{ accumulation: { name: "standard", unit: "operations", interval: "day", values: days } }],
      };
    },
  };
  return { s2, asked };
}

describe("fetchMonthEstimate", () => {
  it("prices every basin the token can list, past the 50 the browser used to ask", async () => {
    const prices: PriceList = { currency: "USD", appendOperationsPerMillion: 1 };
    const { s2, asked } = fakeAccount(120);
    const estimate = await fetchMonthEstimate(s2, "t", prices, { now: NOW });
    expect(asked.size).toBe(120);
    expect(estimate.basins).toBe(120);
    expect(estimate.unavailable).toBe(0);
    expect(estimate.monthStart).toBe(Date.UTC(2026, 10, 1) / 1000);
    // November 1st to 8th: 8 day buckets of 1M operations per basin, at $1 per million.
    expect(estimate.monthToDate.total).toBeCloseTo(120 * 8, 9);
    expect(estimate.monthToDate.lines.map((l) => l.kind)).toEqual(["append-operations"]);
    // The rest of the month (22.5 days) at the last 7 whole days' rate of 1M a day.
    expect(estimate.projected.total).toBeCloseTo(120 * (8 + 22.5), 9);
  });
});
