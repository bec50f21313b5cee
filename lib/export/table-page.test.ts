import { describe, expect, it } from "vitest";
import { tablePage } from "./table-page";

describe("tablePage", () => {
  it("pages a 30-day minute axis in pages of 100", () => {
    expect(tablePage(43_200, 0)).toEqual({ page: 0, pageCount: 432, from: 0, to: 100 });
    expect(tablePage(43_200, 431)).toEqual({ page: 431, pageCount: 432, from: 43_100, to: 43_200 });
  });

  it("keeps a short last page short", () => {
    expect(tablePage(250, 2)).toEqual({ page: 2, pageCount: 3, from: 200, to: 250 });
  });

  it("clamps a page past the end to the last page, and before the start to the first", () => {
    expect(tablePage(250, 9)).toMatchObject({ page: 2, from: 200 });
    expect(tablePage(250, -1)).toMatchObject({ page: 0, from: 0 });
  });

  it("gives an empty table one empty page", () => {
    expect(tablePage(0, 0)).toEqual({ page: 0, pageCount: 1, from: 0, to: 0 });
  });
});
