import { describe, expect, it } from "vitest";
import type { Metric } from "@/lib/s2/contract";
import { splitMetricsByType } from "./split-metrics";
import { statCardsFor } from "./stat-cards";

const H = 3_600;
const GB = 1e9;
/** 2025-03-03T00:00:00Z. */
const MAR3 = Date.UTC(2025, 2, 3) / 1000;
const opts = { range: { start: MAR3, end: MAR3 + 2.5 * H }, now: MAR3 + 10 * H, zone: "UTC" };

function cards(metrics: Metric[], o = opts) {
  return statCardsFor(splitMetricsByType(metrics), o);
}

describe("statCardsFor", () => {
  it("gives a gauge its latest, peak and time-weighted total (CONTRACT.md's worked example)", () => {
    const [latest, peak, total] = cards([
      {
        gauge: {
          name: "storage",
          unit: "bytes",
          values: [
            [MAR3, 5 * GB],
            [MAR3 + 2 * H, 7 * GB],
          ],
        },
      },
    ]);
    expect(latest).toMatchObject({ label: "Latest", raw: 7 * GB, detail: "reading at 02:00" });
    expect(peak).toMatchObject({ label: "Peak", raw: 7 * GB, detail: "at 3 Mar 02:00" });
    expect(total).toMatchObject({ testId: "stat-gauge-total", raw: 13.5 * GB, value: "12.6 GiB·h" });
  });

  it("says no data for an accumulation without buckets, and 0 for a recorded zero", () => {
    const [grand, express, standard] = cards([
      { accumulation: { name: "standard", unit: "operations", interval: "minute", values: [[MAR3, 0]] } },
      { accumulation: { name: "express", unit: "operations", interval: "minute", values: [] } },
    ]);
    expect(grand).toMatchObject({ testId: "stat-accumulation-grand-total", value: "0", raw: 0 });
    expect(express).toMatchObject({ label: "express", value: "no data", raw: null });
    expect(standard).toMatchObject({ label: "standard", value: "0", raw: 0, detail: "data in 1 of 150 min" });
  });

  it("labels a lone accumulation series Total and gives no grand total", () => {
    const out = cards([
      {
        accumulation: {
          name: "bytes",
          unit: "bytes",
          interval: "hour",
          values: [
            [MAR3, 1024],
            [MAR3 + H, 1024],
          ],
        },
      },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ label: "Total", value: "2 KiB", detail: "data in 2 of 3 hours" });
  });

  it("counts only buckets on the range's axis, as the chart does", () => {
    const [card] = cards([
      {
        accumulation: {
          name: "x",
          unit: "operations",
          interval: "minute",
          values: [
            [MAR3 - 60, 100],
            [MAR3, 1],
          ],
        },
      },
    ]);
    expect(card?.raw).toBe(1);
  });

  it("names series on gauge cards when there are several and colours them like the chart", () => {
    const out = cards([
      { gauge: { name: "b", unit: "bytes", values: [[MAR3, 1]] } },
      { gauge: { name: "a", unit: "bytes", values: [[MAR3, 2]] } },
    ]);
    expect(out.map((c) => c.label)).toContain("a · Latest");
    expect(out.every((c) => c.color?.startsWith("var(--chart-"))).toBe(true);
  });

  it("shows scalars as they are", () => {
    expect(cards([{ scalar: { name: "streams", unit: "operations", value: 1_500 } }])[0]).toMatchObject({
      label: "streams",
      value: "1.5k",
    });
  });
});
