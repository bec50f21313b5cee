import { z } from "zod";
import {
  accountSetSchema,
  BASIN_NAME_PATTERN,
  basinNameSchema,
  basinSetSchema,
  FUTURE_SLACK_SECONDS,
  type Interval,
  intervalRule,
  intervalSchema,
  type Level,
  LIST_LIMIT_MAX,
  MAX_RANGE_SECONDS,
  STREAM_NAME_MAX_BYTES,
  streamNameSchema,
  streamSetSchema,
} from "@/lib/s2/contract";

/**
 * The dashboard's own API (`/api/...`): what the browser may send, built from the S2 contract's pieces so
 * that nothing invalid is ever forwarded upstream. Query and path values arrive as strings.
 *
 * Issues that S2 itself answers with 422 `invalid` (a well-formed but unacceptable request) carry
 * `params.status = 422`; every other issue is a 400.
 */

export const INVALID_STATUS = 422;
const invalid = { status: INVALID_STATUS } as const;

const epochSecondsParam = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,11})$/, "must be a whole number of seconds since the Unix epoch")
  .transform(Number);

const limitParam = z
  .string()
  .regex(/^[1-9][0-9]{0,3}$/, `must be a whole number from 1 to ${LIST_LIMIT_MAX}`)
  .transform(Number)
  .refine((n) => n <= LIST_LIMIT_MAX, `must be a whole number from 1 to ${LIST_LIMIT_MAX}`);

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

export interface MetricsQuery<S extends string> {
  set: S;
  start: number;
  end: number;
  interval?: Interval;
}

function metricsQuerySchema<S extends string>(level: Level, setSchema: z.ZodType<S, string>) {
  return z
    .strictObject({
      set: setSchema,
      start: epochSecondsParam.optional(),
      end: epochSecondsParam.optional(),
      interval: intervalSchema.optional(),
    })
    .transform((query, ctx): MetricsQuery<S> => {
      const { set, start, end, interval } = query;
      if (start === undefined || end === undefined) {
        const path = [start === undefined ? "start" : "end"];
        ctx.addIssue({ code: "custom", path, message: "start and end are required", params: invalid });
        return z.NEVER;
      }
      const problem = rangeProblem(start, end, Math.floor(Date.now() / 1000));
      if (problem) {
        ctx.addIssue({ code: "custom", path: ["end"], message: problem, params: invalid });
        return z.NEVER;
      }
      const rule = intervalRule(level, set);
      if (interval !== undefined && rule && !rule.allowed.includes(interval)) {
        const message = `the ${level} set ${set} takes interval ${rule.allowed.join(" or ")}`;
        ctx.addIssue({ code: "custom", path: ["interval"], message, params: invalid });
        return z.NEVER;
      }
      return interval === undefined ? { set, start, end } : { set, start, end, interval };
    });
}

/** The range checks S2 answers with 422, so that such a request is refused before it leaves. */
export function rangeProblem(start: number, end: number, nowSeconds: number): string | null {
  if (start > end) return "start must not be after end";
  if (end - start > MAX_RANGE_SECONDS) return "the range must not be longer than 30 days";
  if (end > nowSeconds + FUTURE_SLACK_SECONDS) return "end must not be in the future";
  return null;
}

export const accountMetricsQuerySchema = metricsQuerySchema("account", accountSetSchema);
export const basinMetricsQuerySchema = metricsQuerySchema("basin", basinSetSchema);
export const streamMetricsQuerySchema = metricsQuerySchema("stream", streamSetSchema);
export type AccountMetricsQuery = z.output<typeof accountMetricsQuerySchema>;
export type BasinMetricsQuery = z.output<typeof basinMetricsQuerySchema>;
export type StreamMetricsQuery = z.output<typeof streamMetricsQuerySchema>;

// A listing prefix or cursor is a (partial) name, so it obeys the characters of the names it filters.
const basinNamePart = z
  .string()
  .max(48)
  .regex(/^[a-z0-9-]*$/, "may only hold a-z, 0-9 and '-'");
const streamNamePart = z
  .string()
  .refine((s) => utf8Bytes(s) <= STREAM_NAME_MAX_BYTES, `must be at most ${STREAM_NAME_MAX_BYTES} bytes`);

export const listBasinsQuerySchema = z.strictObject({
  prefix: basinNamePart.optional(),
  start_after: basinNamePart.optional(),
  limit: limitParam.optional(),
});
export const listStreamsQuerySchema = z.strictObject({
  prefix: streamNamePart.optional(),
  start_after: streamNamePart.optional(),
  limit: limitParam.optional(),
});
export type ListBasinsQuery = z.output<typeof listBasinsQuerySchema>;
export type ListStreamsQuery = z.output<typeof listStreamsQuerySchema>;

export const noPathSchema = z.strictObject({});
export const basinPathSchema = z.strictObject({ basin: basinNameSchema });
export const streamPathSchema = z.strictObject({ basin: basinNameSchema, stream: streamNameSchema });
export type BasinPath = z.output<typeof basinPathSchema>;
export type StreamPath = z.output<typeof streamPathSchema>;

export function isBasinName(name: string): boolean {
  return BASIN_NAME_PATTERN.test(name);
}

/** Inputs of the browser-side path builders: the same values, before they become strings. */
type MetricsRequest = MetricsQuery<string>;
interface ListRequest {
  prefix?: string;
  start_after?: string;
  limit?: number;
}

function withQuery(path: string, query: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** Same-origin URLs of the dashboard's API; every path segment is percent-encoded. */
export const apiPaths = {
  accountMetrics: (query: MetricsRequest) => withQuery("/api/metrics", query),
  basinMetrics: (basin: string, query: MetricsRequest) =>
    withQuery(`/api/metrics/${encodeURIComponent(basin)}`, query),
  streamMetrics: (basin: string, stream: string, query: MetricsRequest) =>
    withQuery(`/api/metrics/${encodeURIComponent(basin)}/${encodeURIComponent(stream)}`, query),
  basins: (query: ListRequest = {}) => withQuery("/api/basins", query),
  streams: (basin: string, query: ListRequest = {}) =>
    withQuery(`/api/basins/${encodeURIComponent(basin)}/streams`, query),
};
