import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rawFigures, rawFiguresPath, rawFiguresSchema, writeRawFigures } from "./raw-figures";

const input = {
  startedAt: new Date("2026-12-02T06:23:23.123Z"),
  minutes: 4.2,
  settings: { quick: true, groups: ["charts", "web"], loadSeconds: 15, memoryMinutes: 3 },
  loadAtStart: 3.5,
  rows: [
    {
      group: "charts",
      name: "gauge: dashboard chart",
      value: 120,
      unit: "ms",
      target: "<= 200 ms",
      targetId: "charts.gauge-draw",
      pass: true,
      samples: [118, 120, 125, 119, 130],
    },
    { group: "vitals", name: "LCP", value: Number.NaN, unit: "ms" },
  ],
  table: "group figure ...",
};

describe("raw figures", () => {
  it("keeps every row with its raw samples, and unmeasured values as null", () => {
    const figures = rawFiguresSchema.parse(JSON.parse(JSON.stringify(rawFigures(input))));
    expect(figures.rows[0]?.samples).toEqual([118, 120, 125, 119, 130]);
    expect(figures.rows[1]?.value).toBeNull();
    expect(figures.targets.met).toEqual(["30-day minute gauge draw <= 200 ms"]);
    expect(figures.targets.notMeasured).toContain("load TBT <= 200 ms");
    expect(figures.settings.groups).toEqual(["charts", "web"]);
    expect(figures.table).toBe("group figure ...");
  });

  it("writes one file per run, named by its start, that parses back", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-runs-"));
    try {
      const file = writeRawFigures(dir, rawFigures(input));
      expect(file).toBe(rawFiguresPath(dir, input.startedAt));
      expect(path.basename(file)).toBe("2026-12-02T06-23-23.123Z.json");
      expect(() => rawFiguresSchema.parse(JSON.parse(readFileSync(file, "utf8")))).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
