import { describe, expect, it } from "vitest";
import { embedScheme, isTransparentTheme } from "./embed-scheme";
import { EMBED_THEMES } from "./embed-spec";
import { parseParentMessage } from "./messages";

describe("embedScheme", () => {
  it("fixed themes ignore the parent and the system", () => {
    for (const parent of ["light", "dark", null] as const) {
      for (const system of [true, false]) {
        expect(embedScheme("light", parent, system)).toBe("light");
        expect(embedScheme("transparent-light", parent, system)).toBe("light");
        expect(embedScheme("dark", parent, system)).toBe("dark");
        expect(embedScheme("transparent-dark", parent, system)).toBe("dark");
      }
    }
  });

  it("transparent follows the parent's word first, then the system", () => {
    expect(embedScheme("transparent", "dark", false)).toBe("dark");
    expect(embedScheme("transparent", "light", true)).toBe("light");
    expect(embedScheme("transparent", null, true)).toBe("dark");
    expect(embedScheme("transparent", null, false)).toBe("light");
  });

  it("names the transparent themes", () => {
    expect(EMBED_THEMES.filter(isTransparentTheme)).toEqual([
      "transparent",
      "transparent-light",
      "transparent-dark",
    ]);
  });
});

describe("s2-embed:set-scheme", () => {
  it("parses light and dark, refuses anything else", () => {
    expect(parseParentMessage({ type: "s2-embed:set-scheme", scheme: "dark" })).toEqual({
      kind: "message",
      message: { type: "s2-embed:set-scheme", scheme: "dark" },
    });
    expect(parseParentMessage({ type: "s2-embed:set-scheme", scheme: "sepia" }).kind).toBe("bad");
    expect(parseParentMessage({ type: "s2-embed:set-theme", theme: "transparent-dark" }).kind).toBe(
      "message",
    );
  });
});
