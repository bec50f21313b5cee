import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TOKEN_LENGTH, tokenFormatProblem } from "./token-format";

describe("tokenFormatProblem", () => {
  it("accepts printable ASCII tokens", () => {
    expect(tokenFormatProblem("s2-local-demo-token")).toBeNull();
    expect(tokenFormatProblem("aB3+/=_-.~")).toBeNull();
  });

  it("refuses empty, overlong, and any token with whitespace or a control character", () => {
    expect(tokenFormatProblem("")).toBe("missing_token");
    expect(tokenFormatProblem("a".repeat(MAX_TOKEN_LENGTH + 1))).toBe("malformed_token");
    for (const bad of ["a\nb", "a b", " a", "a\t", "a\u007f", "a\u2028", "é"]) {
      expect(tokenFormatProblem(bad)).toBe("malformed_token");
    }
  });

  it("lets through nothing that Node would refuse as a header value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), (token) => {
        if (tokenFormatProblem(token) !== null) return;
        expect(() => new Headers({ authorization: `Bearer ${token}` })).not.toThrow();
        expect(token.trim()).toBe(token);
      }),
    );
  });
});
