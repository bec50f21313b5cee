import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterByName, foldName, nameContains, pageOf, sortRows } from "./table";

interface Row {
  name: string;
  size: number | null;
}
const value = (row: Row, key: string) => (key === "name" ? row.name : row.size);
const names = (rows: readonly Row[]) => rows.map((r) => r.name);

describe("sortRows", () => {
  const rows: Row[] = [
    { name: "b", size: 5 },
    { name: "a", size: null },
    { name: "c", size: 50 },
    { name: "d", size: 5 },
  ];

  it("puts the top consumers first when descending, ties in name order", () => {
    expect(names(sortRows(rows, value, { key: "size", direction: "descending" }))).toEqual([
      "c",
      "b",
      "d",
      "a",
    ]);
  });

  it("keeps rows without data last in both directions (no data is not zero)", () => {
    expect(names(sortRows(rows, value, { key: "size", direction: "ascending" }))).toEqual([
      "b",
      "d",
      "c",
      "a",
    ]);
  });

  it("sorts names naturally: stream-2 before stream-10", () => {
    const streams = ["stream-10", "stream-2", "stream-1"].map((name) => ({ name, size: 0 }));
    expect(names(sortRows(streams, value, { key: "name", direction: "ascending" }))).toEqual([
      "stream-1",
      "stream-2",
      "stream-10",
    ]);
  });

  it("does not change its input, and reversing the direction reverses rows with distinct values", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 30 }), (sizes) => {
        const input = sizes.map((size, i) => ({ name: `s${i}`, size }));
        const copy = structuredClone(input);
        const up = sortRows(input, value, { key: "size", direction: "ascending" });
        const down = sortRows(input, value, { key: "size", direction: "descending" });
        expect(input).toEqual(copy);
        expect(names(down)).toEqual(names(up).reverse());
        for (let i = 1; i < up.length; i++)
          expect((up[i] as Row).size).toBeGreaterThan((up[i - 1] as Row).size ?? 0);
      }),
    );
  });
});

describe("filterByName: a substring anywhere in the name", () => {
  const rows = [
    "orders/eu-west",
    "orders/us-east",
    "click stream",
    "fleet/gps-追踪",
    "Café",
    "ＧＰＳ-raw",
  ].map((name) => ({ name, size: 1 }));

  it("matches inside the name, not only at its start", () => {
    expect(names(filterByName(rows, "west"))).toEqual(["orders/eu-west"]);
    expect(names(filterByName(rows, "s/"))).toEqual(["orders/eu-west", "orders/us-east"]);
  });

  it("matches Unicode names, whatever the case, width or normal form", () => {
    expect(names(filterByName(rows, "追踪"))).toEqual(["fleet/gps-追踪"]);
    expect(names(filterByName(rows, "gps"))).toEqual(["fleet/gps-追踪", "ＧＰＳ-raw"]);
    // "é" typed as e + combining acute (NFD) finds the NFC name, and upper case finds lower.
    expect(names(filterByName(rows, "CAFE\u0301"))).toEqual(["Café"]);
  });

  it("an empty or blank filter keeps every row", () => {
    expect(filterByName(rows, "")).toHaveLength(rows.length);
    expect(filterByName(rows, "  ")).toHaveLength(rows.length);
  });

  it("every name contains each run of its own characters (cut between graphemes)", () => {
    const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), fc.nat(), fc.nat(), (name, a, b) => {
        const graphemes = Array.from(segmenter.segment(name), (s) => s.segment);
        const from = Math.min(a, b) % (graphemes.length + 1);
        const to = Math.max(a, b) % (graphemes.length + 1);
        const needle = graphemes.slice(from, Math.max(from, to)).join("");
        expect(nameContains(name, needle)).toBe(true);
      }),
    );
    expect(foldName("ＡＢＣ")).toBe("abc");
  });
});

describe("pageOf", () => {
  const rows = Array.from({ length: 45 }, (_, i) => i);

  it("cuts pages of the given size and counts them", () => {
    expect(pageOf(rows, 1, 20)).toEqual({ rows: rows.slice(0, 20), page: 1, pages: 3, total: 45 });
    expect(pageOf(rows, 3, 20).rows).toEqual(rows.slice(40));
  });

  it("clamps a page past the end to the last page, and an empty table has one page", () => {
    expect(pageOf(rows, 9, 20).page).toBe(3);
    expect(pageOf(rows, 0, 20).page).toBe(1);
    expect(pageOf([], 1, 20)).toEqual({ rows: [], page: 1, pages: 1, total: 0 });
  });

  it("the pages together hold every row once, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 100 }), fc.integer({ min: 1, max: 30 }), (items, size) => {
        const first = pageOf(items, 1, size);
        const all = Array.from({ length: first.pages }, (_, i) => pageOf(items, i + 1, size).rows).flat();
        expect(all).toEqual(items);
      }),
    );
  });

  it("refuses a page size that is not a positive integer", () => {
    expect(() => pageOf(rows, 1, 0)).toThrow(RangeError);
  });
});
