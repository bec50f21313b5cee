import { z } from "zod";
import { intervalSchema, STREAM_NAME_MAX_BYTES } from "@/lib/s2/contract";
import { INVALID_STATUS, rangeProblem } from "./contract";

/**
 * The breakdown routes' contract (`/api/breakdowns/...`): what the browser may send and what comes back,
 * validated on both sides. The window is the view's (`start`, `end`, `interval`); the server asks each
 * metric set for it exactly as the set's own panel does (`setRequest`), so the figures match the pages.
 */

const invalid = { status: INVALID_STATUS } as const;

const epochSecondsParam = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,11})$/, "must be a whole number of seconds since the Unix epoch")
  .transform(Number);
const flagParam = z.enum(["0", "1"]).transform((v) => v === "1");

const windowFields = {
  start: epochSecondsParam,
  end: epochSecondsParam,
  interval: intervalSchema,
  /** Also compute the figures of the period of the same length just before (the change column). */
  compare: flagParam.optional(),
};

interface WindowQuery {
  start: number;
  end: number;
}

function checkRange<Q extends WindowQuery>(query: Q, ctx: z.RefinementCtx): void {
  const problem = rangeProblem(query.start, query.end, Math.floor(Date.now() / 1000));
  if (problem) ctx.addIssue({ code: "custom", path: ["end"], message: problem, params: invalid });
}

export const basinBreakdownQuerySchema = z.strictObject(windowFields).superRefine(checkRange);
export type BasinBreakdownQuery = z.output<typeof basinBreakdownQuerySchema>;

/** Columns the streams table sorts by; `name` needs no metrics, the others rank the whole basin. */
export const STREAM_SORT_KEYS = ["name", "latest", "peak", "byteHours"] as const;
export type StreamSortKey = (typeof STREAM_SORT_KEYS)[number];
export const STREAM_PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_STREAM_PAGE_SIZE = 20;

const pageParam = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, "must be a whole number from 1")
  .transform(Number);
const pageSizeParam = z.enum(STREAM_PAGE_SIZES.map(String) as [string, ...string[]]).transform(Number);
// A filter is part of a name, so it is UTF-8 on the wire: a lone UTF-16 surrogate has no UTF-8 form.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const filterParam = z
  .string()
  .refine((s) => new TextEncoder().encode(s).length <= STREAM_NAME_MAX_BYTES, "must be at most 512 bytes")
  .refine((s) => !LONE_SURROGATE.test(s), "must be valid Unicode text");

export const streamBreakdownQuerySchema = z
  .strictObject({
    ...windowFields,
    sort: z.enum(STREAM_SORT_KEYS).optional(),
    dir: z.enum(["asc", "desc"]).optional(),
    filter: filterParam.optional(),
    page: pageParam.optional(),
    size: pageSizeParam.optional(),
  })
  .superRefine(checkRange);
export type StreamBreakdownQuery = z.output<typeof streamBreakdownQuerySchema>;

// Answers.
const figure = z.number().nullable();
const pointSchema = z.tuple([z.number(), z.number()]);

export const basinFiguresSchema = z.strictObject({
  storageLatest: figure,
  storagePeak: figure,
  storageByteHours: figure,
  bytesAppended: figure,
  /** Of `bytesAppended`, the series whose names say their storage class (the rest take `default` prices). */
  bytesAppendedStandard: figure,
  bytesAppendedExpress: figure,
  bytesRead: figure,
  /** The basin page's append-ops, read-ops and basin-ops totals: billed (append, read) apart from not. */
  appendOperations: figure,
  readOperations: figure,
  basinOperations: figure,
  /** Append, read and basin operations together. */
  operations: figure,
});
export type BasinFigures = z.infer<typeof basinFiguresSchema>;

export const basinBreakdownRowSchema = basinFiguresSchema.extend({
  name: z.string(),
  deleted: z.boolean(),
  /** Why the basin's figures are missing (e.g. outside the token's scope); null when they are there. */
  problem: z.string().nullable(),
  sparkline: z.array(pointSchema),
  previous: basinFiguresSchema.nullable(),
});
export type BasinBreakdownRow = z.infer<typeof basinBreakdownRowSchema>;

export const basinBreakdownResponseSchema = z.strictObject({
  rows: z.array(basinBreakdownRowSchema),
});
export type BasinBreakdownResponse = z.infer<typeof basinBreakdownResponseSchema>;

export const streamFiguresSchema = z.strictObject({ latest: figure, peak: figure, byteHours: figure });
export type StreamFigures = z.infer<typeof streamFiguresSchema>;

export const streamBreakdownRowSchema = streamFiguresSchema.extend({
  name: z.string(),
  deleted: z.boolean(),
  sparkline: z.array(pointSchema),
  previous: streamFiguresSchema.nullable(),
});
export type StreamBreakdownRow = z.infer<typeof streamBreakdownRowSchema>;

/**
 * A page of the streams table, or, while the whole basin is being ranked by a storage column, how far
 * that ranking has got (the browser asks again until it is ready).
 */
export const streamBreakdownResponseSchema = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.literal("ranking"),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  z.strictObject({
    status: z.literal("ready"),
    rows: z.array(streamBreakdownRowSchema),
    page: z.number().int().positive(),
    pages: z.number().int().positive(),
    /** Streams matching the filter. */
    total: z.number().int().nonnegative(),
    /** Streams in the basin. */
    streams: z.number().int().nonnegative(),
  }),
]);
export type StreamBreakdownResponse = z.infer<typeof streamBreakdownResponseSchema>;

export interface BreakdownWindow {
  start: number;
  end: number;
  interval: z.infer<typeof intervalSchema>;
  compare?: boolean;
}

function withQuery(path: string, query: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === false || value === "") continue;
    search.set(key, value === true ? "1" : String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export interface StreamBreakdownRequest extends BreakdownWindow {
  sort?: StreamSortKey;
  dir?: "asc" | "desc";
  filter?: string;
  page?: number;
  size?: number;
}

export const breakdownPaths = {
  basins: (query: BreakdownWindow) => withQuery("/api/breakdowns/basins", query),
  streams: (basin: string, query: StreamBreakdownRequest) =>
    withQuery(`/api/breakdowns/basins/${encodeURIComponent(basin)}/streams`, query),
};
