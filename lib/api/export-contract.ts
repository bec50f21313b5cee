import { z } from "zod";
import { MAX_FILLED_BUCKETS } from "@/lib/chart-data/fill-buckets";
import type { ExportFormat } from "@/lib/export/file-name";
import {
  BASIN_SETS,
  INTERVAL_SECONDS,
  type Interval,
  intervalRule,
  type Level,
  type MetricSet,
} from "@/lib/s2/contract";
import { alignDown } from "@/lib/time-range/epoch-range";
import { parseTzChoice } from "@/lib/time-range/options";
import {
  accountMetricsQuerySchema,
  basinMetricsQuerySchema,
  INVALID_STATUS,
  type MetricsQuery,
  streamMetricsQuerySchema,
} from "./contract";

/**
 * `/api/export/...`: the metrics query of `/api/metrics/...` (validated by the very same schemas), plus
 * `format` and `tz`, the zone the ISO times are written in. A basin export without `set` holds every
 * basin set. `points` is refused: an export is never reduced.
 */

export const EXPORT_FORMATS = ["csv", "json"] as const satisfies readonly ExportFormat[];

export interface ExportQuery {
  readonly sets: readonly MetricSet[];
  /** Present for a one-set export; absent for a whole basin. */
  readonly set?: MetricSet;
  readonly start: number;
  readonly end: number;
  readonly interval: Interval;
  readonly format: ExportFormat;
  /** An IANA zone name ("UTC" for utc). */
  readonly zone: string;
}

const optionsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default("csv"),
  tz: z
    .string()
    .default("UTC")
    .transform((raw, ctx) => {
      const choice = parseTzChoice(raw);
      if (choice === null || choice === "local") {
        ctx.addIssue({ code: "custom", message: "must be an IANA time zone such as Europe/Paris, or utc" });
        return z.NEVER;
      }
      return choice === "utc" ? "UTC" : choice;
    }),
});

type MetricsSchema = z.ZodType<MetricsQuery<string>, Record<string, string>>;

/** The set whose rules take every interval: it validates a whole-basin window for all sets at once. */
const ANY_INTERVAL_BASIN_SET = "append-ops";

function exportQuerySchema(level: Level, metrics: MetricsSchema, wholeBasin: boolean) {
  return z.record(z.string(), z.string()).transform((raw, ctx): ExportQuery => {
    const { format, tz, points, ...rest } = raw;
    if (points !== undefined) {
      ctx.addIssue({ code: "custom", path: ["points"], message: "an export is never reduced" });
      return z.NEVER;
    }
    const options = forward(optionsSchema.safeParse({ format, tz }), ctx);
    const whole = wholeBasin && rest.set === undefined;
    const query = forward(metrics.safeParse(whole ? { ...rest, set: ANY_INTERVAL_BASIN_SET } : rest), ctx);
    if (options === undefined || query === undefined) return z.NEVER;
    const set = query.set as MetricSet;
    const interval = query.interval ?? intervalRule(level, set)?.default ?? "hour";
    const buckets = Math.ceil(
      (query.end - alignDown(query.start, INTERVAL_SECONDS[interval])) / INTERVAL_SECONDS[interval],
    );
    if (buckets > MAX_FILLED_BUCKETS) {
      const message = `an export holds at most ${MAX_FILLED_BUCKETS} buckets per series: choose a coarser interval than ${interval}`;
      ctx.addIssue({ code: "custom", path: ["interval"], message, params: { status: INVALID_STATUS } });
      return z.NEVER;
    }
    return {
      sets: whole ? BASIN_SETS : [set],
      ...(whole ? {} : { set }),
      start: query.start,
      end: query.end,
      interval,
      format: options.format,
      zone: options.tz,
    };
  });
}

/** A nested schema's result; its issues become the outer schema's, keeping their 422 marks. */
function forward<T>(result: z.ZodSafeParseResult<T>, ctx: z.RefinementCtx): T | undefined {
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const params = issue.code === "custom" ? issue.params : undefined;
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, ...(params ? { params } : {}) });
  }
  return undefined;
}

export const accountExportQuerySchema = exportQuerySchema("account", accountMetricsQuerySchema, false);
export const basinExportQuerySchema = exportQuerySchema("basin", basinMetricsQuerySchema, true);
export const streamExportQuerySchema = exportQuerySchema("stream", streamMetricsQuerySchema, false);

/** What the browser sends; `set` omitted for a whole basin. */
export interface ExportRequestParams {
  readonly set?: string;
  readonly start: number;
  readonly end: number;
  /** Omitted for a set that takes none (active basins). */
  readonly interval?: Interval;
  readonly format: ExportFormat;
  readonly tz: string;
}

/** Same-origin export URL of a target; every path segment is percent-encoded, as `apiPaths` does. */
export function exportPath(
  target: { readonly basin?: string; readonly stream?: string },
  params: ExportRequestParams,
): string {
  const segments = [target.basin, target.stream].filter((s): s is string => s !== undefined);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return `${["/api/export", ...segments.map(encodeURIComponent)].join("/")}?${search}`;
}
