import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio, lowContrastPairs, relativeLuminance, tokensOf } from "./contrast";

const css = readFileSync(path.resolve(__dirname, "../../app/globals.css"), "utf8");

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    // The measurement: zinc-500 on the light page background is just under 4.5:1.
    expect(contrastRatio("#71717a", "#f6f6f7")).toBeLessThan(4.5);
  });

  it("reads the tokens of each theme", () => {
    expect(tokensOf(css, ":root").fg).toBe("#18181b");
    expect(tokensOf(css, ":root.dark").fg).toBe("#f4f4f5");
  });

  it("flags a text token under 4.5:1", () => {
    const tokens = { ...tokensOf(css, ":root"), "fg-subtle": "#71717a" };
    expect(lowContrastPairs(tokens)).toContainEqual({ text: "fg-subtle", background: "bg", ratio: 4.47 });
  });

  it.each([":root", ":root.dark"])("every text token reaches 4.5:1 on its backgrounds (%s)", (selector) => {
    expect(lowContrastPairs(tokensOf(css, selector))).toEqual([]);
  });
});

/** Text drawn with a raw palette colour escapes the checked tokens (breadcrumbs were zinc-500: 4.47:1). */
describe("no raw palette text colours", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return files(full);
      return /\.tsx$/.test(entry.name) ? [full] : [];
    });
  const root = path.resolve(__dirname, "../..");
  const sources = [...files(path.join(root, "components")), ...files(path.join(root, "app"))];

  it("components and pages colour text with the theme tokens", () => {
    const offenders = sources.filter((file) =>
      /\btext-(zinc|gray|slate|neutral|stone)-\d{2,3}\b/.test(readFileSync(file, "utf8")),
    );
    expect(offenders.map((file) => path.relative(root, file))).toEqual([]);
  });
});
