import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * lib/testing holds test harnesses (generators of hostile input, an upstream that records calls). No
 * production module may import them: they would ship test code, and fast-check with it. The bench
 * (lib/bench) is tooling like the tests, and may.
 */
const ROOT = path.resolve(__dirname, "../..");
const PRODUCTION_FOLDERS = ["app", "components", "lib"];
const IS_TEST = /\.(test|property\.test|spec)\.tsx?$/;
const TOOLING = ["lib/testing", "lib/bench"].map((folder) => path.join(ROOT, folder) + path.sep);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !IS_TEST.test(entry.name) ? [full] : [];
  });
}

describe("lib/testing", () => {
  it("is imported by tests only", () => {
    const offenders = PRODUCTION_FOLDERS.flatMap((folder) => sources(path.join(ROOT, folder)))
      .filter((file) => !TOOLING.some((folder) => file.startsWith(folder)))
      .filter((file) => /from\s+["'](@\/lib\/testing|(\.\.?\/)+testing)\//.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
