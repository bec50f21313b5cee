import { describe, expect, it } from "vitest";
import type { ApiMetricSetResponse } from "@/lib/api/contract";
import { hasActivity, LAST_SEEN_DAYS, lastActive, lastSeenLabel, lastSeenWindow } from "./activity";

const acc = (values: [number, number][]): ApiMetricSetResponse => ({
  values: [{ accumulation: { name: "standard", unit: "operations", interval: "day", values } }],
});
const gauge = (values: [number, number][]): ApiMetricSetResponse => ({
  values: [{ gauge: { name: "storage", unit: "bytes", values } }],
});

describe("hasActivity", () => {
  it("is false for empty accumulations and a storage level of 0", () => {
    expect(
      hasActivity([
        acc([]),
        acc([]),
        gauge([
          [0, 0],
          [3_600, 0],
        ]),
      ]),
    ).toBe(false);
    expect(hasActivity([])).toBe(false);
  });

  it("is true for any recorded bucket, a recorded 0 included, or stored bytes", () => {
    expect(hasActivity([acc([]), acc([[60, 0]])])).toBe(true);
    expect(
      hasActivity([
        gauge([
          [0, 0],
          [3_600, 12],
        ]),
      ]),
    ).toBe(true);
  });
});

describe("lastActive", () => {
  it("is the latest bucket above 0 across answers, or null", () => {
    expect(
      lastActive([
        acc([
          [100, 1],
          [200, 0],
        ]),
        acc([[150, 3]]),
      ]),
    ).toBe(150);
    expect(lastActive([acc([[100, 0]]), gauge([[500, 9]])])).toBeNull();
  });
});

describe("lastSeenWindow", () => {
  it("asks whole days, a year back, up to the end of the view's first day or now", () => {
    const start = Date.UTC(2026, 11, 1, 10) / 1000;
    const day = Date.UTC(2026, 11, 1) / 1000;
    expect(lastSeenWindow({ start, end: start + 86_400 }, start + 86_400)).toEqual({
      start: day - LAST_SEEN_DAYS * 86_400,
      end: day + 86_400,
    });
    expect(lastSeenWindow({ start, end: start + 3_600 }, start + 3_600).end).toBe(start + 3_600);
  });
});

describe("lastSeenLabel", () => {
  it("names the UTC day with its year, says when there was none, and waits", () => {
    expect(lastSeenLabel(Date.UTC(2026, 9, 15) / 1000)).toBe("last seen 15 Oct 2026");
    expect(lastSeenLabel(null)).toBe(`no activity in the ${LAST_SEEN_DAYS} days before`);
    expect(lastSeenLabel(undefined)).toBe("last seen …");
  });
});
