import { describe, expect, it } from "vitest";
import type { StatCardData } from "@/lib/chart-data/stat-cards";
import { smallScreenCardKeys } from "./small-screen-cards";

const card = (key: string, raw: number | null): StatCardData =>
  ({ key, label: key, value: String(raw), raw }) as unknown as StatCardData;

describe("smallScreenCardKeys", () => {
  it("keeps every card of a short set", () => {
    const cards = [card("gauge:s:latest", 1), card("gauge:s:peak", 2), card("gauge:s:total", 3)];
    expect([...smallScreenCardKeys(cards)]).toEqual(cards.map((c) => c.key));
  });

  it("keeps the grand total and the three largest, no-data cards last", () => {
    const cards = [
      card("accumulation:a", 5),
      card("accumulation:b", null),
      card("accumulation:c", 50),
      card("accumulation:d", 7),
      card("accumulation:e", 0),
      card("accumulation:f", 50),
      card("accumulation:*", 112),
    ];
    expect([...smallScreenCardKeys(cards)]).toEqual([
      "accumulation:*",
      "accumulation:c",
      "accumulation:f",
      "accumulation:d",
    ]);
  });

  it("without a grand total keeps the top three", () => {
    const cards = [card("a", 1), card("b", 2), card("c", 3), card("d", 4), card("e", null)];
    expect([...smallScreenCardKeys(cards)]).toEqual(["d", "c", "b"]);
  });
});
