import { createHash } from "node:crypto";
import { z } from "zod";
import { FUTURE_SLACK_SECONDS, OPERATIONS } from "@/lib/s2/contract";
import { invalid, S2ApiError } from "./errors";
import {
  basinNameSchema,
  type CatalogBasin,
  type CatalogStream,
  counterSetSchema,
  MAX_RECORD_VALUE,
  type RecordBatch,
  streamNameSchema,
} from "./records";
import { COUNTER_UNITS, FIXED_SERIES } from "./series";

/**
 * The recording API (beyond S2's): `POST /local/v1/records` with an `Idempotency-Key` header and a JSON
 * body of counter events and gauge readings. It is validated whole before anything is written, cheapest
 * checks first, so that a hostile body costs little: the byte cap, then a count of the JSON values that
 * could be records (before parsing), then the record count (before looking at any record), then each
 * record, then the sums the store would hold (in the write's transaction).
 */

export const MAX_RECORDS_PER_BATCH = 10_000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
const TOO_MANY_RECORDS = `a batch holds at most ${MAX_RECORDS_PER_BATCH} records: split it`;
export const idempotencyKeySchema = z
  .string()
  .min(1, "the Idempotency-Key header is required, so that a retried batch is counted once")
  .max(200, "the Idempotency-Key header is at most 200 characters");

const epochSeconds = z.number().int("must be whole epoch seconds").nonnegative("must not be negative");
// A cap per value; the store also keeps every stored per-second sum under it (see MAX_RECORD_VALUE).
const amount = z
  .number()
  .finite()
  .nonnegative("must not be negative")
  .max(MAX_RECORD_VALUE, `must be at most ${MAX_RECORD_VALUE}`);
const opNames: readonly string[] = OPERATIONS;

const counterEventSchema = z
  .strictObject({
    ts: epochSeconds,
    set: counterSetSchema,
    basin: basinNameSchema.optional(),
    series: z.string().min(1),
    value: amount,
  })
  .superRefine((c, ctx) => {
    if (c.set === "account-ops" && c.basin !== undefined) {
      ctx.addIssue({ code: "custom", path: ["basin"], message: "account-ops events belong to no basin" });
    }
    if (c.set !== "account-ops" && c.basin === undefined) {
      ctx.addIssue({ code: "custom", path: ["basin"], message: `${c.set} events need a basin` });
    }
    const fixed = FIXED_SERIES[c.set];
    const names = fixed ?? opNames;
    if (!names.includes(c.series)) {
      const what = fixed ? fixed.join(", ") : "an operation name such as append, read or list-streams";
      ctx.addIssue({ code: "custom", path: ["series"], message: `${c.set} series must be ${what}` });
    }
    if (COUNTER_UNITS[c.set] === "operations" && !Number.isInteger(c.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "operation counts must be whole numbers" });
    }
  });

const gaugeReadingSchema = z.strictObject({
  ts: epochSeconds,
  basin: basinNameSchema,
  stream: streamNameSchema.optional(),
  value: amount,
});

export const recordBatchSchema = z
  .strictObject({
    counters: z.array(counterEventSchema).default([]),
    gauges: z.array(gaugeReadingSchema).default([]),
  })
  .refine((b) => b.counters.length + b.gauges.length > 0, "the batch is empty: send counters or gauges")
  .refine((b) => b.counters.length + b.gauges.length <= MAX_RECORDS_PER_BATCH, TOO_MANY_RECORDS);
export type RecordBatchInput = z.infer<typeof recordBatchSchema>;

// The root object, its two arrays, and one object per record.
const MAX_CONTAINERS = MAX_RECORDS_PER_BATCH + 3;

/**
 * How many JSON objects and arrays `text` opens, outside strings, counting no further than `limit + 1`.
 * A byte scan without allocation: it lets a body of a million `{}` be refused before JSON.parse builds a
 * million objects (and zod then a million issues about them).
 */
export function countContainers(text: string, limit: number): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++count > limit) return count;
    }
  }
  return count;
}

const recordCount = (raw: unknown, field: "counters" | "gauges"): number => {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, field)) return 0;
  const value = (raw as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.length : 0;
};

/**
 * A recording body, validated whole. Throws 400 `bad_json` or 422 `invalid` naming the first problem by
 * its field path (e.g. `counters.3.value`). The record count is checked before any record is.
 */
export function parseRecordBatch(text: string, now: number): RecordBatchInput {
  if (countContainers(text, MAX_CONTAINERS) > MAX_CONTAINERS) throw invalid(TOO_MANY_RECORDS);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new S2ApiError(400, "bad_json", "the body is not valid JSON");
  }
  if (recordCount(raw, "counters") + recordCount(raw, "gauges") > MAX_RECORDS_PER_BATCH) {
    throw invalid(TOO_MANY_RECORDS);
  }
  const parsed = recordBatchSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "(body)";
    throw invalid(`${field}: ${issue?.message ?? "invalid"}`);
  }
  const future = findFutureRecord(parsed.data, now);
  if (future) throw invalid(`${future}: a record cannot be more than 60 s in the future`);
  return parsed.data;
}

/**
 * Idempotency keys belong to the token that sent them: another token's batch under the same key is its
 * own batch, and cannot learn (through a "duplicate" answer or a 409) that the key was used. The token
 * is stored only as a hash.
 */
export function scopedIdempotencyKey(bearer: string, key: string): string {
  return `${createHash("sha256").update(bearer).digest("base64url")}:${key}`;
}

/** The first problem with a batch, named by its field path (e.g. `counters.3.value`), or null. */
export function findFutureRecord(batch: RecordBatchInput, now: number): string | null {
  const limit = now + FUTURE_SLACK_SECONDS;
  const c = batch.counters.findIndex((r) => r.ts > limit);
  if (c >= 0) return `counters.${c}.ts`;
  const g = batch.gauges.findIndex((r) => r.ts > limit);
  return g >= 0 ? `gauges.${g}.ts` : null;
}

export function toRecords(batch: RecordBatchInput): RecordBatch {
  return {
    counters: batch.counters.map((c) => ({ ...c, basin: c.basin ?? null })),
    gauges: batch.gauges.map((g) => ({ ...g, stream: g.stream ?? null })),
  };
}

/** Basins and streams a batch names, registered from their earliest record so listings find them. */
export function catalogOf(batch: RecordBatchInput): { basins: CatalogBasin[]; streams: CatalogStream[] } {
  const basins = new Map<string, number>();
  const streams = new Map<string, CatalogStream>();
  const seen = (name: string, ts: number) => basins.set(name, Math.min(ts, basins.get(name) ?? ts));
  for (const c of batch.counters) if (c.basin) seen(c.basin, c.ts);
  for (const g of batch.gauges) {
    seen(g.basin, g.ts);
    if (g.stream === undefined) continue;
    const key = JSON.stringify([g.basin, g.stream]);
    const prev = streams.get(key);
    streams.set(key, {
      basin: g.basin,
      name: g.stream,
      createdAt: Math.min(g.ts, prev?.createdAt ?? g.ts),
      deletedAt: null,
    });
  }
  return {
    basins: [...basins].map(([name, createdAt]) => ({ name, createdAt, deletedAt: null })),
    streams: [...streams.values()],
  };
}

export function hashBatch(batch: RecordBatchInput): string {
  return createHash("sha256").update(JSON.stringify(batch)).digest("hex");
}
