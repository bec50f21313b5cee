import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeNames, editDistance } from "./close-names";

const BASINS = [
  "analytics-raw",
  "archive-cold",
  "fleet-sensors",
  "iot-telemetry",
  "legacy-batch",
  "prod-events",
];

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and a swapped pair once each", () => {
    expect(editDistance("prod-events", "prod-events")).toBe(0);
    expect(editDistance("prod-event", "prod-events")).toBe(1);
    expect(editDistance("prod-evemts", "prod-events")).toBe(1);
    expect(editDistance("prdo-events", "prod-events")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("is symmetric and zero only for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe("closeNames", () => {
  it("suggests the real name for a one-letter typo, and ranks typos before fragments", () => {
    expect(closeNames("prod-evnts", BASINS)).toEqual(["prod-events"]);
    expect(closeNames("Prod-Events", BASINS)).toEqual(["prod-events"]);
    expect(closeNames("fleet", BASINS)).toEqual(["fleet-sensors"]);
    expect(closeNames("orders/eu-wset", ["orders/eu-west", "orders/us-east", "orders/ap-south"])).toEqual([
      "orders/eu-west",
    ]);
  });

  it("finds devices among 2,000 by typo or by part of the name, at most `limit`", () => {
    const devices = Array.from({ length: 2_000 }, (_, i) => `device-${String(i + 1).padStart(4, "0")}`);
    const near = closeNames("device-0042", devices, 3);
    expect(near).toHaveLength(3);
    for (const name of near) expect(editDistance(name, "device-0042")).toBe(1);
    expect(closeNames("devise-0007", devices, 1)).toEqual(["device-0007"]);
  });

  it("never returns the name itself, a far name, or a short fragment", () => {
    expect(closeNames("prod-events", BASINS)).toEqual([]);
    expect(closeNames("zzzzzzzz", BASINS)).toEqual([]);
    expect(closeNames("a", ["ab", "ba", "xyz"])).toEqual(["ab", "ba"]);
    expect(closeNames("ar", ["analytics-raw", "archive-cold"])).toEqual([]);
  });
});
