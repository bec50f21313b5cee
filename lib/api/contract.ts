import { z } from "zod";
import {
  accountSetSchema,
  accumulationMetricSchema,
  BASIN_NAME_PATTERN,
  basinNameSchema,
  basinSetSchema,
  FUTURE_SLACK_SECONDS,
  gaugeMetricSchema,
  type Interval,
  intervalRule,
  intervalSchema,
  type Level,
  LIST_LIMIT_MAX,
  labelMetricSchema,
  STREAM_NAME_MAX_BYTES,
  scalarMetricSchema,
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
// A name is UTF-8 on the wire: a lone UTF-16 surrogate has no UTF-8 form and cannot be encoded into a URL.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isWellFormed = (s: string) => !LONE_SURROGATE.test(s);
const WELL_FORMED_MESSAGE = "must be valid Unicode text";

/**
 * `points`: the most points (gauge readings or accumulation buckets) the browser wants per series. S2 has
 * no such parameter: it is never forwarded; the proxy reduces what S2 answers (`reduceToPointBudget`).
 */
export const MIN_POINTS_PARAM = 16;
export const MAX_POINTS_PARAM = 10_000;
const pointsParam = z
  .string()
  .regex(/^[1-9][0-9]{0,4}$/, `must be a whole number from ${MIN_POINTS_PARAM} to ${MAX_POINTS_PARAM}`)
  .transform(Number)
  .refine(
    (n) => n >= MIN_POINTS_PARAM && n <= MAX_POINTS_PARAM,
    `must be a whole number from ${MIN_POINTS_PARAM} to ${MAX_POINTS_PARAM}`,
  );

export interface MetricsQuery<S extends string> {
  set: S;
  start: number;
  end: number;
  interval?: Interval;
  points?: number;
}

function metricsQuerySchema<S extends string>(level: Level, setSchema: z.ZodType<S, string>) {
  return z
    .strictObject({
      set: setSchema,
      start: epochSecondsParam.optional(),
      end: epochSecondsParam.optional(),
      interval: intervalSchema.optional(),
      points: pointsParam.optional(),
    })
    .transform((query, ctx): MetricsQuery<S> => {
      const { set, start, end, interval, points } = query;
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
      const out: MetricsQuery<S> = { set, start, end };
      if (interval !== undefined) out.interval = interval;
      if (points !== undefined) out.points = points;
      return out;
    });
}

/**
 * The longest range a view (and `/api/metrics/...`) may ask for: 13 months, 396 days. S2 itself answers
 * at most 30 days per call (`MAX_RANGE_SECONDS`, still the limit of each call): the query planner
 * (lib/planner) cuts a longer range into 30-day windows and stitches the answers.
 */
export const MAX_VIEW_RANGE_SECONDS = 396 * 86_400;

/**
 * The range checks answered with 422 (as S2 would), so that such a request is refused before any work:
 * the planner takes up to 13 months, S2 takes nothing that ends in the future.
 */
export function rangeProblem(start: number, end: number, nowSeconds: number): string | null {
  if (start > end) return "start must not be after end";
  if (end - start > MAX_VIEW_RANGE_SECONDS) return "the range must not be longer than 396 days (13 months)";
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
  .refine((s) => utf8Bytes(s) <= STREAM_NAME_MAX_BYTES, `must be at most ${STREAM_NAME_MAX_BYTES} bytes`)
  .refine(isWellFormed, WELL_FORMED_MESSAGE);

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

/**
 * What `/api/metrics/...` answers: S2's metric set, except that a series longer than `points` comes back
 * reduced, with `reduced` holding what the reduction would otherwise lose, computed from every reading:
 * a gauge's latest, peak and time-weighted total; an accumulation's bucket width, total and the number of
 * S2 buckets that had data. Without `points`, or for a series within it, the answer is S2's as is.
 */
const timedValueSchema = z.strictObject({ t: z.number(), value: z.number() });
export const gaugeReductionSchema = z.strictObject({
  /** Readings S2 sent; `values` holds a min-max subsequence of them. */
  readings: z.number().int().nonnegative(),
  latest: timedValueSchema.nullable(),
  peak: timedValueSchema.nullable(),
  totalUnitSeconds: z.number().nullable(),
});
export const accumulationReductionSchema = z.strictObject({
  /** Width of the summed buckets in `values`, a whole multiple of the interval, aligned in epoch time. */
  bucketSeconds: z.number().int().positive(),
  /** S2 buckets (of `interval`) on the range's axis that had data. */
  bucketsWithData: z.number().int().nonnegative(),
  total: z.number().nullable(),
});
export type GaugeReduction = z.infer<typeof gaugeReductionSchema>;
export type AccumulationReduction = z.infer<typeof accumulationReductionSchema>;

export const apiGaugeMetricSchema = gaugeMetricSchema.extend({ reduced: gaugeReductionSchema.optional() });
export const apiAccumulationMetricSchema = accumulationMetricSchema.extend({
  reduced: accumulationReductionSchema.optional(),
});
export const apiMetricSchema = z.union([
  z.strictObject({ scalar: scalarMetricSchema }),
  z.strictObject({ accumulation: apiAccumulationMetricSchema }),
  z.strictObject({ gauge: apiGaugeMetricSchema }),
  z.strictObject({ label: labelMetricSchema }),
]);
export const apiMetricSetResponseSchema = z.object({ values: z.array(apiMetricSchema) });
export type ApiGaugeMetric = z.infer<typeof apiGaugeMetricSchema>;
export type ApiAccumulationMetric = z.infer<typeof apiAccumulationMetricSchema>;
export type ApiMetric = z.infer<typeof apiMetricSchema>;
export type ApiMetricSetResponse = z.infer<typeof apiMetricSetResponseSchema>;

export const noPathSchema = z.strictObject({});
export const basinPathSchema = z.strictObject({ basin: basinNameSchema });
export const streamPathSchema = z.strictObject({
  basin: basinNameSchema,
  stream: streamNameSchema.refine(isWellFormed, WELL_FORMED_MESSAGE),
});
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
