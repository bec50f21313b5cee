import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/s2/contract";
import { describeSeries } from "./merge-series";
import { compareSeriesNames, OPERATION_FAMILIES, seriesColor, seriesFamily } from "./series-colors";

const colorsOf = (names: readonly string[]) => new Map(describeSeries(names).map((s) => [s.name, s.color]));

describe("series colours", () => {
  it("come from the theme's chart palette", () => {
    for (const name of ["standard", "express", "", "t", ...OPERATIONS]) {
      expect(seriesColor(name)).toMatch(/var\(--chart-[1-8]\)/);
    }
  });

  it("depend on the name alone: the same in any chart, whatever else it draws and in any order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.constantFrom(...OPERATIONS), fc.string()), { maxLength: 14 }),
        fc.uniqueArray(fc.oneof(fc.constantFrom(...OPERATIONS), fc.string()), { maxLength: 14 }),
        (a, b) => {
          const alone = colorsOf(a);
          const together = colorsOf([...new Set([...b, ...a])].reverse());
          for (const name of a) expect(together.get(name)).toBe(alone.get(name));
        },
      ),
    );
  });

  it("keep list-streams one colour at 24 h and at 30 d (different neighbours)", () => {
    const day = colorsOf(["list-streams", "trim", "check-tail"]);
    const month = colorsOf(["list-streams", "create-stream", "delete-stream", "trim", "fence", "check-tail"]);
    expect(day.get("list-streams")).toBe(month.get("list-streams"));
  });

  it("give every S2 operation type its own colour (21 types, not 8)", () => {
    expect(new Set(OPERATIONS.map(seriesColor)).size).toBe(OPERATIONS.length);
  });

  it("give storage classes and read kinds distinct colours", () => {
    expect(seriesColor("standard")).not.toBe(seriesColor("express"));
    expect(seriesColor("unary")).not.toBe(seriesColor("streaming"));
  });
});

describe("operation families", () => {
  it("hold every S2 operation type exactly once", () => {
    const members = OPERATION_FAMILIES.flatMap((f) => [...f.members]);
    expect(new Set(members).size).toBe(members.length);
    expect([...members].sort()).toEqual([...OPERATIONS].sort());
  });

  it("share a hue within a family: each member is its family's palette colour or a shade of it", () => {
    for (const family of OPERATION_FAMILIES) {
      const base = `var(--chart-${family.slot + 1})`;
      for (const name of family.members) expect(seriesColor(name)).toContain(base);
    }
  });

  it("name the family, and none for other series", () => {
    expect(seriesFamily("issue-access-token")?.label).toBe("Access tokens");
    expect(seriesFamily("list-streams")?.id).toBe("streams");
    expect(seriesFamily("standard")).toBeNull();
  });

  it("order series family by family, then by name, with other names last", () => {
    const names = ["standard", "trim", "list-basins", "append", "account-metrics", "create-basin"];
    expect([...names].sort(compareSeriesNames)).toEqual([
      "create-basin",
      "list-basins",
      "append",
      "trim",
      "account-metrics",
      "standard",
    ]);
  });
});
