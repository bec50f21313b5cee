import { describe, expect, it } from "vitest";
import type { MetricsByType } from "./split-metrics";
import { statCardsFor } from "./stat-cards";
import { statCardChanges } from "./stat-changes";

const H = 3_600;

function ops(values: Record<string, [number, number][]>): MetricsByType {
  return {
    scalars: [],
    labels: [],
    gauges: [],
    accumulations: Object.entries(values).map(([name, points]) => ({
      name,
      unit: "operations" as const,
      interval: "hour" as const,
      values: points,
    })),
  };
}

describe("statCardChanges", () => {
  const opts = { range: { start: 24 * H, end: 48 * H }, now: 48 * H, zone: "UTC" };
  const prevOpts = { range: { start: 0, end: 24 * H }, now: 48 * H, zone: "UTC" };

  it("compares each card with the same card of the previous period", () => {
    const current = statCardsFor(ops({ standard: [[24 * H, 112]], express: [[25 * H, 0]] }), opts);
    const previous = statCardsFor(ops({ standard: [[0, 100]], express: [[H, 0]] }), prevOpts);
    const changes = statCardChanges(current, previous, 24 * H);
    expect(changes.get("accumulation:standard")?.text).toBe("+12 % vs previous 24 h");
    expect(changes.get("accumulation:express")?.text).toBe("no change vs previous 24 h");
    expect(changes.get("accumulation:*")?.text).toBe("+12 % vs previous 24 h");
  });

  it("says the previous period had no data rather than comparing with 0", () => {
    const current = statCardsFor(ops({ "list-streams": [[24 * H, 4]] }), opts);
    const changes = statCardChanges(current, statCardsFor(ops({}), prevOpts), 24 * H);
    expect(changes.get("accumulation:list-streams")?.text).toBe("no data in previous 24 h");
  });
});
