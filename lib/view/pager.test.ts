import { describe, expect, it } from "vitest";
import { FIRST_PAGE, nextPage, pageNumber, previousPage, startAfter, withPrefix } from "./pager";

describe("cursor pager", () => {
  it("walks forward with the last name seen and back with the remembered cursors", () => {
    const second = nextPage(FIRST_PAGE, "b");
    const third = nextPage(second, "d");
    expect([startAfter(FIRST_PAGE), startAfter(second), startAfter(third)]).toEqual([undefined, "b", "d"]);
    expect(pageNumber(third)).toBe(3);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(FIRST_PAGE)).toEqual(FIRST_PAGE);
  });

  it("starts over when the filter changes, and keeps the page when it does not", () => {
    const second = nextPage(FIRST_PAGE, "b");
    expect(withPrefix(second, "pro")).toEqual({ prefix: "pro", cursors: [] });
    expect(withPrefix(second, "")).toBe(second);
  });
});
