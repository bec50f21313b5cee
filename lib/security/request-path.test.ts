import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMalformedEncoding, hasPrototypeQueryKey, isApiPath } from "./request-path";

describe("hasMalformedEncoding", () => {
  it.each([
    "/api/metrics/%ff",
    "/basins/%ff",
    "/embed/%ff",
    "/api/auth/%ff",
    "/basins/a%",
    "/basins/%e2%82",
    "/x/%zz",
  ])("finds %s malformed", (path) => {
    expect(hasMalformedEncoding(path)).toBe(true);
  });

  it.each(["/", "/basins/prod-events", "/basins/%E2%82%AC", "/api/metrics/a%20b", "/embed/abc.def"])(
    "accepts %s",
    (path) => {
      expect(hasMalformedEncoding(path)).toBe(false);
    },
  );

  it("accepts every path the browser itself would encode", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", minLength: 1 }), { maxLength: 4 }), (segments) => {
        expect(hasMalformedEncoding(`/${segments.map(encodeURIComponent).join("/")}`)).toBe(false);
      }),
    );
  });
});

describe("isApiPath", () => {
  it("is /api and below only", () => {
    expect(isApiPath("/api")).toBe(true);
    expect(isApiPath("/api/auth/session")).toBe(true);
    expect(isApiPath("/apiary")).toBe(false);
    expect(isApiPath("/basins/api")).toBe(false);
  });
});

describe("hasPrototypeQueryKey", () => {
  it("finds __proto__ however it is placed, and nothing else", () => {
    expect(hasPrototypeQueryKey(new URLSearchParams("set=a&__proto__=x"))).toBe(true);
    expect(hasPrototypeQueryKey(new URLSearchParams("__proto__"))).toBe(true);
    expect(hasPrototypeQueryKey(new URLSearchParams("%5F%5Fproto%5F%5F=1"))).toBe(true);
    expect(hasPrototypeQueryKey(new URLSearchParams("set=__proto__&constructor=1"))).toBe(false);
  });
});
