import {
  type CalendarPeriod,
  COMPARE_PARAM_ON,
  calendarPeriodSchema,
  type IntervalChoice,
  intervalChoiceSchema,
  type Preset,
  parseTzChoice,
  presetSchema,
  type RefreshChoice,
  refreshChoiceSchema,
  type TzChoice,
  type ValuesChoice,
  valuesChoiceSchema,
} from "./options";
import { formatTimeExpr, parseTimeExpr, type TimeExpr } from "./time-expr";

/**
 * The one typed module for a view's URL state (STYLE.md rule 7), used by the server shell and the
 * client alike. Params: `range=<preset>` or `from=<expr>&to=<expr>`, `interval`, `tz` ("local", "utc"
 * or an IANA zone), `refresh`, `compare=1` and `values=total`.
 */

export type RangeSpec =
  | { readonly kind: "preset"; readonly preset: Preset }
  | { readonly kind: "calendar"; readonly period: CalendarPeriod }
  | { readonly kind: "custom"; readonly from: TimeExpr; readonly to: TimeExpr };

export interface ViewState {
  readonly range: RangeSpec;
  readonly interval: IntervalChoice;
  readonly tz: TzChoice;
  readonly refresh: RefreshChoice;
  /** Draw the period before the range beside it. */
  readonly compare: boolean;
  /** Counters as per-second rates or as totals per bucket. */
  readonly values: ValuesChoice;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  range: { kind: "preset", preset: "24h" },
  interval: "auto",
  tz: "local",
  refresh: "off",
  compare: false,
  values: "rate",
};

/** Every param this module owns; anything else in the URL is left alone by `mergeViewParams`. */
export const VIEW_PARAM_NAMES = [
  "range",
  "from",
  "to",
  "interval",
  "tz",
  "refresh",
  "compare",
  "values",
] as const;
type ViewParam = (typeof VIEW_PARAM_NAMES)[number];

/** Something wrong in the URL, phrased so the UI can show it next to the fallback it used. */
export interface ParamIssue {
  readonly param: ViewParam;
  readonly value: string;
  readonly message: string;
}

/** Next's `searchParams` record (server) or `useSearchParams()` / URLSearchParams (client). */
export type SearchParamsInput =
  | { getAll(name: string): string[] }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

function firstValue(input: SearchParamsInput, name: ViewParam, issues: ParamIssue[]): string | undefined {
  const raw =
    typeof input.getAll === "function" ? input.getAll(name) : (input as Record<string, unknown>)[name];
  // Filter rather than trust the type: a hand-built record may hold anything, and parsing must not throw.
  const all = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
  const [first] = all;
  if (first !== undefined && all.length > 1) {
    issues.push({
      param: name,
      value: all.join(","),
      message: `${name} was given ${all.length} times; using the first`,
    });
  }
  return first;
}

function parseRange(input: SearchParamsInput, issues: ParamIssue[]): RangeSpec {
  const rangeRaw = firstValue(input, "range", issues);
  const fromRaw = firstValue(input, "from", issues);
  const toRaw = firstValue(input, "to", issues);

  let named: RangeSpec | undefined;
  if (rangeRaw !== undefined) {
    const text = rangeRaw.trim().toLowerCase();
    const preset = presetSchema.safeParse(text);
    const period = calendarPeriodSchema.safeParse(text);
    if (preset.success) named = { kind: "preset", preset: preset.data };
    else if (period.success) named = { kind: "calendar", period: period.data };
    else
      issues.push({
        param: "range",
        value: rangeRaw,
        message: `range must be one of ${[...presetSchema.options, ...calendarPeriodSchema.options].join(", ")}`,
      });
  }
  const fallback: RangeSpec = named ?? DEFAULT_VIEW_STATE.range;

  if (fromRaw === undefined && toRaw === undefined) return fallback;
  if (fromRaw === undefined) {
    issues.push({ param: "to", value: toRaw ?? "", message: "to needs a from; ignoring it" });
    return fallback;
  }
  const from = parseTimeExpr(fromRaw);
  // A missing `to` means "until now", as in Grafana.
  const to = toRaw === undefined ? ({ ok: true, value: { kind: "now" } } as const) : parseTimeExpr(toRaw);
  if (!from.ok) issues.push({ param: "from", value: fromRaw, message: `from ${from.reason}` });
  if (!to.ok) issues.push({ param: "to", value: toRaw ?? "", message: `to ${to.reason}` });
  if (!from.ok || !to.ok) return fallback;
  if (rangeRaw !== undefined) {
    issues.push({ param: "range", value: rangeRaw, message: "range is ignored because from/to are set" });
  }
  return { kind: "custom", from: from.value, to: to.value };
}

function parseChoice<T extends string>(
  input: SearchParamsInput,
  name: ViewParam,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false }; options: readonly T[] },
  fallback: T,
  issues: ParamIssue[],
): T {
  const raw = firstValue(input, name, issues);
  if (raw === undefined) return fallback;
  const parsed = schema.safeParse(raw.trim().toLowerCase());
  if (parsed.success) return parsed.data;
  issues.push({
    param: name,
    value: raw,
    message: `${name} must be one of ${schema.options.join(", ")}; using ${fallback}`,
  });
  return fallback;
}

function parseTz(input: SearchParamsInput, issues: ParamIssue[]): TzChoice {
  const raw = firstValue(input, "tz", issues);
  if (raw === undefined) return DEFAULT_VIEW_STATE.tz;
  const tz = parseTzChoice(raw);
  if (tz !== null) return tz;
  issues.push({
    param: "tz",
    value: raw,
    message: `tz must be local, utc or a time zone name such as Europe/Berlin; using ${DEFAULT_VIEW_STATE.tz}`,
  });
  return DEFAULT_VIEW_STATE.tz;
}

/** `compare=1` (also "true"/"on") turns comparison on; "0"/"false"/"off" or absence leaves it off. */
function parseCompare(input: SearchParamsInput, issues: ParamIssue[]): boolean {
  const raw = firstValue(input, "compare", issues);
  if (raw === undefined) return DEFAULT_VIEW_STATE.compare;
  const text = raw.trim().toLowerCase();
  if (text === COMPARE_PARAM_ON || text === "true" || text === "on") return true;
  if (text === "0" || text === "false" || text === "off") return false;
  issues.push({ param: "compare", value: raw, message: "compare must be 1 or 0; leaving it off" });
  return DEFAULT_VIEW_STATE.compare;
}

/** Parses view state from the URL. Never throws: bad values fall back to defaults and are reported. */
export function parseViewParams(input: SearchParamsInput): { state: ViewState; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  const state: ViewState = {
    range: parseRange(input, issues),
    interval: parseChoice(input, "interval", intervalChoiceSchema, DEFAULT_VIEW_STATE.interval, issues),
    tz: parseTz(input, issues),
    refresh: parseChoice(input, "refresh", refreshChoiceSchema, DEFAULT_VIEW_STATE.refresh, issues),
    compare: parseCompare(input, issues),
    values: parseChoice(input, "values", valuesChoiceSchema, DEFAULT_VIEW_STATE.values, issues),
  };
  return { state, issues };
}

/** The URL params for a state; defaults are left out so shared links stay short. */
export function serialiseViewParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { range } = state;
  if (range.kind === "custom") {
    params.set("from", formatTimeExpr(range.from));
    params.set("to", formatTimeExpr(range.to));
  } else if (range.kind === "calendar") {
    params.set("range", range.period);
  } else if (DEFAULT_VIEW_STATE.range.kind !== "preset" || range.preset !== DEFAULT_VIEW_STATE.range.preset) {
    params.set("range", range.preset);
  }
  if (state.interval !== DEFAULT_VIEW_STATE.interval) params.set("interval", state.interval);
  if (state.tz !== DEFAULT_VIEW_STATE.tz) params.set("tz", state.tz);
  if (state.refresh !== DEFAULT_VIEW_STATE.refresh) params.set("refresh", state.refresh);
  if (state.compare) params.set("compare", COMPARE_PARAM_ON);
  if (state.values !== DEFAULT_VIEW_STATE.values) params.set("values", state.values);
  return params;
}

/** Replaces this module's params in `current` with `state`'s, keeping every other param untouched. */
export function mergeViewParams(current: URLSearchParams | string, state: ViewState): URLSearchParams {
  const merged = new URLSearchParams(current);
  for (const name of VIEW_PARAM_NAMES) merged.delete(name);
  for (const [name, value] of serialiseViewParams(state)) merged.set(name, value);
  return merged;
}
