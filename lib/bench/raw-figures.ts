import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { z } from "zod";
import type { BenchRow } from "./bench-row";
import { summarizeTargets } from "./targets";

/**
 * Each bench run's raw figures, written beside the printed table (`.bench/runs/<timestamp>.json`), so a
 * figure quoted in the README can be traced to the samples it came from. A value that was not measured
 * is `null` (JSON has no NaN).
 */
const finiteOrNull = z.number().nullable();

export const rawRowSchema = z.object({
  group: z.string(),
  name: z.string(),
  value: finiteOrNull,
  unit: z.string(),
  target: z.string().optional(),
  targetId: z.string().optional(),
  pass: z.boolean().optional(),
  note: z.string().optional(),
  samples: z.array(finiteOrNull).optional(),
});

export const rawFiguresSchema = z.object({
  schema: z.literal("s2-dashboard-bench/1"),
  startedAt: z.iso.datetime(),
  minutes: z.number(),
  settings: z.object({
    quick: z.boolean(),
    groups: z.array(z.string()),
    loadSeconds: z.number(),
    memoryMinutes: z.number(),
  }),
  machine: z.object({
    platform: z.string(),
    cpus: z.number(),
    /** 1-minute load average when the run started and when it ended: above the core count means contention. */
    loadAverage: z.object({ atStart: z.number(), atEnd: z.number() }),
  }),
  rows: z.array(rawRowSchema),
  targets: z.object({
    met: z.array(z.string()),
    missed: z.array(z.string()),
    notMeasured: z.array(z.string()),
  }),
  table: z.string(),
});
export type RawFigures = z.infer<typeof rawFiguresSchema>;

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

export interface RawFiguresInput {
  startedAt: Date;
  minutes: number;
  settings: RawFigures["settings"];
  loadAtStart: number;
  rows: readonly BenchRow[];
  table: string;
}

export function rawFigures(input: RawFiguresInput): RawFigures {
  return {
    schema: "s2-dashboard-bench/1",
    startedAt: input.startedAt.toISOString(),
    minutes: input.minutes,
    settings: input.settings,
    machine: {
      platform: process.platform,
      cpus: cpus().length,
      loadAverage: { atStart: input.loadAtStart, atEnd: loadavg()[0] ?? 0 },
    },
    rows: input.rows.map(({ samples, value, ...row }) => ({
      ...row,
      value: orNull(value),
      ...(samples === undefined ? {} : { samples: samples.map(orNull) }),
    })),
    targets: summarizeTargets(input.rows),
    table: input.table,
  };
}

/** `<dir>/2026-12-02T06-23-23.123Z.json`: the run's start, with no characters a file system objects to. */
export function rawFiguresPath(dir: string, startedAt: Date): string {
  return path.join(dir, `${startedAt.toISOString().replaceAll(":", "-")}.json`);
}

export function writeRawFigures(dir: string, figures: RawFigures): string {
  mkdirSync(dir, { recursive: true });
  const file = rawFiguresPath(dir, new Date(figures.startedAt));
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}
