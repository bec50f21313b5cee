import { describe, expect, it } from "vitest";
import {
  barWidthWords,
  drawnBarSeconds,
  drawnDescription,
  fetchSummary,
  fetchSummaryText,
  intervalOffers,
} from "./drawn-bars";

const D = 86_400;
const H = 3_600;
const END = 1_764_633_600; // 2 Dec 2025 00:00Z, on every grid
const last = (seconds: number) => ({ start: END - seconds, end: END });

describe("drawnBarSeconds", () => {
  it("sums 30 days of minutes into 2-hour bars on a 1,200 px chart, as hours are", () => {
    expect(drawnBarSeconds(last(30 * D), "minute")).toBe(2 * H);
    expect(drawnBarSeconds(last(30 * D), "hour")).toBe(2 * H);
    expect(drawnBarSeconds(last(30 * D), "day")).toBe(D);
    expect(drawnDescription(last(30 * D), "minute")).toBe("Minute data drawn as 2-hour bars");
    expect(drawnDescription(last(30 * D), "day")).toBe("Daily data, one bar per day");
  });

  it("draws every bucket when they fit, and coarser bars on a narrower chart", () => {
    expect(drawnBarSeconds(last(6 * H), "minute")).toBe(60);
    expect(drawnBarSeconds(last(6 * H), "minute", 375)).toBe(3 * 60);
  });

  it("words widths in their largest whole unit", () => {
    expect(barWidthWords(2 * H)).toBe("2-hour");
    expect(barWidthWords(90 * 60)).toBe("90-minute");
    expect(barWidthWords(7 * D)).toBe("1-week");
  });
});

describe("intervalOffers", () => {
  it("disables Minute over 30 days: it draws Hour's bars", () => {
    const offers = intervalOffers(last(30 * D), "auto", "day");
    expect(offers.map((o) => [o.value, o.disabledReason])).toEqual([
      ["auto", null],
      ["minute", "Minute draws the same 2-hour bars as Hour"],
      ["hour", null],
      ["day", null],
    ]);
    expect(offers[0]?.description).toBe("Auto: Daily data, one bar per day");
  });

  it("disables Minute and Hour over 13 months, where all draw days or weeks", () => {
    const offers = intervalOffers(last(396 * D), "auto", "day");
    expect(offers.filter((o) => o.disabledReason !== null).map((o) => o.value)).toEqual(["minute", "hour"]);
  });

  it("offers every interval over 6 hours, and never disables the choice in the URL", () => {
    expect(intervalOffers(last(6 * H), "auto", "minute").every((o) => o.disabledReason === null)).toBe(true);
    const current = intervalOffers(last(30 * D), "minute", "day").find((o) => o.value === "minute");
    expect(current?.disabledReason).toBeNull();
  });
});

describe("fetchSummary", () => {
  it("names the coarsest interval that tiles the bars, the buckets and the 30-day calls", () => {
    const ninety = { start: END - 90 * D, end: END };
    expect(fetchSummary(ninety, "hour")).toEqual({ interval: "hour", buckets: 2_160, windows: 4 });
    expect(fetchSummaryText(fetchSummary(ninety, "hour"))).toBe(
      "Hourly data · 2,160 buckets per series · fetched in 4 windows of ≤ 30 days",
    );
    // 30 days by minute draws 2-hour bars, which hours tile: fetched by hour.
    expect(fetchSummary(last(30 * D), "minute").interval).toBe("hour");
    expect(fetchSummaryText(fetchSummary(last(24 * H), "minute"))).toBe(
      "Minute data · 1,440 buckets per series · fetched in 1 request",
    );
  });
});
