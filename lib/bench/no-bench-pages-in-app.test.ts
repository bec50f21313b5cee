import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The bench's pages live in lib/bench/pages and are served by the bench itself: nothing under app/
 * may route to them or gate them at request time, so `next build` cannot ship them.
 */
const APP = path.resolve(__dirname, "../../app");
const files = readdirSync(APP, { recursive: true, encoding: "utf8" });

describe("the production app", () => {
  it("has no bench route", () => {
    expect(files.filter((f) => f.split(path.sep).includes("bench"))).toEqual([]);
  });

  it("has no bench-pages gate", () => {
    const gated = files.filter(
      (f) => /\.(ts|tsx)$/.test(f) && readFileSync(path.join(APP, f), "utf8").includes("BENCH_PAGES"),
    );
    expect(gated).toEqual([]);
  });
});
