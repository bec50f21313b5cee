import { z } from "zod";

/**
 * The S2 metrics contract (../shared/s2/CONTRACT.md, openapi.json): every list of allowed values and
 * every wire shape is declared here once, and both the local backend and the dashboard import it.
 */

export const INTERVALS = ["minute", "hour", "day"] as const;
export type Interval = (typeof INTERVALS)[number];
export const intervalSchema = z.enum(INTERVALS);

export const INTERVAL_SECONDS: Record<Interval, number> = { minute: 60, hour: 3_600, day: 86_400 };

export const LEVELS = ["account", "basin", "stream"] as const;
export type Level = (typeof LEVELS)[number];

export const ACCOUNT_SETS = ["active-basins", "account-ops"] as const;
export const BASIN_SETS = [
  "storage",
  "append-ops",
  "read-ops",
  "read-throughput",
  "append-throughput",
  "basin-ops",
] as const;
export const STREAM_SETS = ["storage"] as const;

export type AccountSet = (typeof ACCOUNT_SETS)[number];
export type BasinSet = (typeof BASIN_SETS)[number];
export type StreamSet = (typeof STREAM_SETS)[number];
export type MetricSet = AccountSet | BasinSet | StreamSet;

export const SETS_BY_LEVEL = {
  account: ACCOUNT_SETS,
  basin: BASIN_SETS,
  stream: STREAM_SETS,
} as const satisfies Record<Level, readonly string[]>;

export const accountSetSchema = z.enum(ACCOUNT_SETS);
export const basinSetSchema = z.enum(BASIN_SETS);
export const streamSetSchema = z.enum(STREAM_SETS);

/** How each set treats `interval`: which values it takes and which it uses when none is given. */
export interface IntervalRule {
  readonly allowed: readonly Interval[];
  readonly default: Interval | null;
}

const ANY_DEFAULT_MINUTE: IntervalRule = { allowed: INTERVALS, default: "minute" };
const ANY_DEFAULT_HOUR: IntervalRule = { allowed: INTERVALS, default: "hour" };

export const INTERVAL_RULES: { [L in Level]: Record<(typeof SETS_BY_LEVEL)[L][number], IntervalRule> } = {
  account: {
    // active-basins is a label over the range: interval is accepted and ignored.
    "active-basins": { allowed: INTERVALS, default: null },
    "account-ops": ANY_DEFAULT_HOUR,
  },
  basin: {
    storage: { allowed: ["hour"], default: "hour" },
    "append-ops": ANY_DEFAULT_MINUTE,
    "read-ops": ANY_DEFAULT_MINUTE,
    "read-throughput": ANY_DEFAULT_MINUTE,
    "append-throughput": ANY_DEFAULT_MINUTE,
    "basin-ops": ANY_DEFAULT_HOUR,
  },
  stream: {
    storage: { allowed: ["minute"], default: "minute" },
  },
};

export function intervalRule(level: Level, set: string): IntervalRule | undefined {
  const rules = INTERVAL_RULES[level] as Record<string, IntervalRule>;
  return Object.hasOwn(rules, set) ? rules[set] : undefined;
}

/** Range limits that S2 enforces with 422 `invalid`. */
export const MAX_RANGE_SECONDS = 30 * 86_400;
export const FUTURE_SLACK_SECONDS = 60;

export const OPERATIONS = [
  "list-basins",
  "create-basin",
  "delete-basin",
  "reconfigure-basin",
  "get-basin-config",
  "issue-access-token",
  "revoke-access-token",
  "list-access-tokens",
  "list-streams",
  "create-stream",
  "delete-stream",
  "get-stream-config",
  "reconfigure-stream",
  "check-tail",
  "append",
  "read",
  "trim",
  "fence",
  "account-metrics",
  "basin-metrics",
  "stream-metrics",
] as const;
export type Operation = (typeof OPERATIONS)[number];
export const operationSchema = z.enum(OPERATIONS);

// Names (CONTRACT.md "Names").
export const BASIN_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{6,46}[a-z0-9]$/;
export const basinNameSchema = z
  .string()
  .regex(
    BASIN_NAME_PATTERN,
    "a basin name is 8 to 48 characters of a-z, 0-9 and '-', starting and ending with a letter or digit",
  );

export const STREAM_NAME_MAX_BYTES = 512;
export const streamNameSchema = z
  .string()
  .min(1, "a stream name cannot be empty")
  .refine((s) => Buffer.byteLength(s, "utf8") <= STREAM_NAME_MAX_BYTES, "a stream name is at most 512 bytes")
  .refine((s) => s !== "." && s !== "..", "a stream name cannot be '.' or '..'");

// Response shapes.
export const metricUnitSchema = z.enum(["bytes", "operations"]);
export type MetricUnit = z.infer<typeof metricUnitSchema>;

const epochSeconds = z.number().int().nonnegative();
const pointSchema = z.tuple([epochSeconds, z.number()]);
export type Point = z.infer<typeof pointSchema>;

export const scalarMetricSchema = z.object({ name: z.string(), unit: metricUnitSchema, value: z.number() });
export const accumulationMetricSchema = z.object({
  name: z.string(),
  unit: metricUnitSchema,
  interval: intervalSchema,
  values: z.array(pointSchema),
});
export const gaugeMetricSchema = z.object({
  name: z.string(),
  unit: metricUnitSchema,
  values: z.array(pointSchema),
});
export const labelMetricSchema = z.object({ name: z.string(), values: z.array(z.string()) });

export const metricSchema = z.union([
  z.strictObject({ scalar: scalarMetricSchema }),
  z.strictObject({ accumulation: accumulationMetricSchema }),
  z.strictObject({ gauge: gaugeMetricSchema }),
  z.strictObject({ label: labelMetricSchema }),
]);
export type Metric = z.infer<typeof metricSchema>;
export type ScalarMetric = z.infer<typeof scalarMetricSchema>;
export type AccumulationMetric = z.infer<typeof accumulationMetricSchema>;
export type GaugeMetric = z.infer<typeof gaugeMetricSchema>;
export type LabelMetric = z.infer<typeof labelMetricSchema>;

export const metricSetResponseSchema = z.object({ values: z.array(metricSchema) });
export type MetricSetResponse = z.infer<typeof metricSetResponseSchema>;

const rfc3339 = z.iso.datetime({ offset: true });
/**
 * S2 now names where a basin lives with `location` (e.g. `aws:us-east-1`); older answers carried `scope`
 * instead. Both are accepted and the value is passed on as `location` only (null when neither is given),
 * so nothing downstream has to know the old name.
 */
export const basinInfoSchema = z
  .object({
    name: z.string(),
    created_at: rfc3339,
    deleted_at: rfc3339.nullable().optional(),
    location: z.string().nullable().optional(),
    scope: z.string().nullable().optional(),
  })
  .transform(({ scope, location, ...rest }) => ({ ...rest, location: location ?? scope ?? null }));
export const streamInfoSchema = z.object({
  name: z.string(),
  created_at: rfc3339,
  deleted_at: rfc3339.nullable().optional(),
});
export type BasinInfo = z.output<typeof basinInfoSchema>;
export type StreamInfo = z.infer<typeof streamInfoSchema>;

export const listBasinsResponseSchema = z.object({ basins: z.array(basinInfoSchema), has_more: z.boolean() });
export const listStreamsResponseSchema = z.object({
  streams: z.array(streamInfoSchema),
  has_more: z.boolean(),
});
export type ListBasinsResponse = z.output<typeof listBasinsResponseSchema>;
export type ListStreamsResponse = z.infer<typeof listStreamsResponseSchema>;

export const LIST_LIMIT_MAX = 1000;

/**
 * S2's error catalogue (CONTRACT.md "Errors"; S2's `api/src/v1/error.rs`): each code's status and whether
 * S2 marks it retryable. Only these are ever retried, and only because repeating a GET is safe.
 */
export const S2_ERROR_CATALOGUE = {
  bad_query: { status: 400, retryable: false },
  bad_path: { status: 400, retryable: false },
  authn: { status: 401, retryable: false },
  permission_denied: { status: 403, retryable: false },
  quota_exhausted: { status: 403, retryable: false },
  basin_not_found: { status: 404, retryable: false },
  stream_not_found: { status: 404, retryable: false },
  request_timeout: { status: 408, retryable: false },
  invalid: { status: 422, retryable: false },
  rate_limited: { status: 429, retryable: true },
  client_hangup: { status: 499, retryable: false },
  not_implemented: { status: 501, retryable: false },
  hot_server: { status: 502, retryable: true },
  unavailable: { status: 503, retryable: true },
  server_draining: { status: 503, retryable: true },
  upstream_timeout: { status: 504, retryable: false },
} as const satisfies Record<string, { status: number; retryable: boolean }>;
export type S2ErrorCode = keyof typeof S2_ERROR_CATALOGUE;
export const S2_ERROR_CODES = Object.keys(S2_ERROR_CATALOGUE) as S2ErrorCode[];

/**
 * Whether S2 marks an error answer retryable. 429 and 503 are retryable whatever their body says (a load
 * balancer in front of S2 may answer them without `{code, message}`); 502 only as `hot_server`, since any
 * other 502 is a broken gateway that repeating will not mend.
 */
export function isRetryableS2Error(status: number, code: string | null): boolean {
  if (status === 429 || status === 503) return true;
  const entry =
    code !== null && Object.hasOwn(S2_ERROR_CATALOGUE, code) ? S2_ERROR_CATALOGUE[code as S2ErrorCode] : null;
  return entry !== null && entry.status === status && entry.retryable;
}
export const errorInfoSchema = z.object({ code: z.string(), message: z.string() });
export type ErrorInfo = z.infer<typeof errorInfoSchema>;

// Access token scope (CONTRACT.md "Access tokens and scope").
export const resourceSetSchema = z.union([
  z.strictObject({ exact: z.string() }),
  z.strictObject({ prefix: z.string() }),
]);
export type ResourceSet = z.infer<typeof resourceSetSchema>;

const opGroupPermSchema = z.strictObject({ read: z.boolean().optional(), write: z.boolean().optional() });
export const opGroupsSchema = z.strictObject({
  account: opGroupPermSchema.optional(),
  basin: opGroupPermSchema.optional(),
  stream: opGroupPermSchema.optional(),
});
export type OpGroups = z.infer<typeof opGroupsSchema>;

export const tokenScopeSchema = z.strictObject({
  basins: resourceSetSchema.optional(),
  streams: resourceSetSchema.optional(),
  ops: z.array(operationSchema).optional(),
  op_groups: opGroupsSchema.optional(),
});
export type TokenScope = z.infer<typeof tokenScopeSchema>;
