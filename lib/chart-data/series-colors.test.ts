import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignSeriesColors, CHART_PALETTE_SIZE, preferredColorSlot } from "./series-colors";

describe("series colours", () => {
  it("are CSS variables from the chart palette", () => {
    for (const color of assignSeriesColors(["standard", "express", "", "t"])) {
      expect(color).toMatch(/^var\(--chart-[1-8]\)$/);
    }
  });

  it("give a name the same colour every time, whatever the order of the response", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 12 }), fc.integer(), (names, seed) => {
        const shuffled = [...names].sort(
          (a, b) => preferredColorSlot(a + seed) - preferredColorSlot(b + seed),
        );
        const byName = (list: string[]) => {
          const colors = assignSeriesColors(list);
          return new Map(list.map((n, i) => [n, colors[i]]));
        };
        expect(byName(shuffled)).toEqual(byName(names));
      }),
    );
  });

  it("never give two series on one chart the same colour while the palette lasts", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: CHART_PALETTE_SIZE }), (names) => {
        expect(new Set(assignSeriesColors(names)).size).toBe(names.length);
      }),
    );
  });

  it("give each name its hashed colour when names do not collide", () => {
    const [color] = assignSeriesColors(["metered_size"]);
    expect(color).toBe(`var(--chart-${preferredColorSlot("metered_size") + 1})`);
  });
});
