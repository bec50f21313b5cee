import {
  FUTURE_SLACK_SECONDS,
  INTERVAL_SECONDS,
  type Interval,
  intervalRule,
  intervalSchema,
  type Level,
  MAX_RANGE_SECONDS,
  SETS_BY_LEVEL,
} from "@/lib/s2/contract";
import { badPath, badQuery, invalid } from "./errors";
import { parseBasinSegment, parseStreamSegment, singleParams } from "./request-parsing";

/** A metrics request after every check S2 makes: the set fits the level and the range is answerable. */
export interface MetricsRequest {
  level: Level;
  set: string;
  basin?: string;
  stream?: string;
  start: number;
  end: number;
  interval: Interval | null;
  intervalSeconds: number;
}

const EPOCH_SECONDS = /^\d{1,12}$/;

function parseEpoch(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!EPOCH_SECONDS.test(raw)) {
    throw badQuery(`'${name}' must be a whole number of Unix epoch seconds, got '${raw.slice(0, 40)}'`);
  }
  return Number(raw);
}

/** Parses the path segments after `/v1/metrics` and the query into a request, or throws 400/422. */
export function parseMetricsRequest(segments: string[], query: URLSearchParams, now: number): MetricsRequest {
  if (segments.length > 2) throw badPath("metrics paths are /v1/metrics[/{basin}[/{stream}]]");
  const level: Level = segments.length === 0 ? "account" : segments.length === 1 ? "basin" : "stream";
  const basin = segments[0] === undefined ? undefined : parseBasinSegment(segments[0]);
  const stream = segments[1] === undefined ? undefined : parseStreamSegment(segments[1]);

  const params = singleParams(query);
  const allowed: readonly string[] = SETS_BY_LEVEL[level];
  const set = params.get("set");
  if (set === undefined) throw badQuery(`'set' is required: one of ${allowed.join(", ")}`);
  const rule = intervalRule(level, set);
  if (!rule) throw badQuery(`unknown ${level} metric set '${set}': expected one of ${allowed.join(", ")}`);

  const rawInterval = params.get("interval");
  let interval: Interval | null = rule.default;
  if (rawInterval !== undefined) {
    const parsed = intervalSchema.safeParse(rawInterval);
    if (!parsed.success) throw badQuery(`'interval' must be minute, hour or day, got '${rawInterval}'`);
    if (!rule.allowed.includes(parsed.data)) {
      throw invalid(
        `the ${level} '${set}' set cannot use interval '${parsed.data}': use ${rule.allowed.join(" or ")}`,
      );
    }
    interval = rule.default === null ? null : parsed.data;
  }

  const start = parseEpoch("start", params.get("start"));
  const end = parseEpoch("end", params.get("end"));
  if (start === undefined || end === undefined) {
    throw invalid("'start' and 'end' are required (Unix epoch seconds; start inclusive, end exclusive)");
  }
  if (start > end) throw invalid(`'start' (${start}) is after 'end' (${end}): swap them`);
  if (end - start > MAX_RANGE_SECONDS) {
    throw invalid(
      `the range is ${((end - start) / 86_400).toFixed(1)} days; at most 30 days can be asked at once`,
    );
  }
  if (end > now + FUTURE_SLACK_SECONDS) {
    throw invalid(
      `'end' (${end}) is more than ${FUTURE_SLACK_SECONDS} s in the future: use a time up to now`,
    );
  }
  return {
    level,
    set,
    basin,
    stream,
    start,
    end,
    interval,
    intervalSeconds: interval === null ? 0 : INTERVAL_SECONDS[interval],
  };
}
