import { createHash } from "node:crypto";
import type { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import type {
  AccountMetricsQuery,
  BasinMetricsQuery,
  ListBasinsQuery,
  ListStreamsQuery,
  StreamMetricsQuery,
} from "@/lib/api/contract";
import type { RedisConnection } from "@/lib/cache/redis-connection";
import { createTieredCache } from "@/lib/cache/tiered-cache";
import type { S2CallBudget } from "@/lib/limits/s2-call-budget";
import { logError } from "@/lib/log/log";
import {
  type ListBasinsResponse,
  type ListStreamsResponse,
  listBasinsResponseSchema,
  listStreamsResponseSchema,
  type MetricSetResponse,
  metricSetResponseSchema,
} from "@/lib/s2/contract";
import {
  DEFAULT_RETRY_POLICY,
  defaultFetchDeps,
  type FetchDeps,
  fetchWithRetry,
  type RetryPolicy,
  retryAfterOf,
  UpstreamTimeoutError,
  UpstreamUnreachableError,
} from "./fetch-with-retry";
import { InFlight } from "./in-flight";
import { mapS2Error, parseErrorInfo } from "./s2-error-map";
import { basinTarget, upstreamUrl } from "./upstream-url";

/**
 * The dashboard's only way to S2. Plain `fetch` rather than `@s2-dev/streamstore`: the SDK turns times into
 * `Date`s, does not validate what comes back, and hides the status and headers (Retry-After) this proxy
 * must pass on. Every answer is validated against the S2 contract before anyone sees it.
 */

/** A metrics window that closed this long ago is treated as final, so its answer may be reused. */
export const CACHEABLE_AFTER_SECONDS = 3_600;

/** 30 days at minute resolution is about 1 MB per series; far more than that is a broken upstream. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface S2ClientConfig {
  accountEndpoint: string;
  basinEndpoint: string;
  timeoutMs: number;
  retry?: Partial<Omit<RetryPolicy, "timeoutMs">>;
  /**
   * Answers for closed windows: `maxEntries` in the process (0 turns caching off), in front of Redis when
   * `redis` is given, so that every replica shares what any of them fetched. Keys are a hash of the token
   * plus the request (lib/cache/tiered-cache.ts hashes them again before Redis sees them).
   */
  cache: { maxEntries: number; maxBytes: number; ttlMs: number; redis?: RedisConnection | null };
  /** Per-token budget of real upstream calls (S2_CALLS_PER_MINUTE); null or absent: no budget. */
  budget?: S2CallBudget | null;
  maxBodyBytes?: number;
  fetchDeps?: Partial<FetchDeps>;
  log?: UpstreamLog;
}

export type UpstreamLog = (event: string, detail: Record<string, unknown>) => void;

export interface S2Client {
  accountMetrics(token: string, query: AccountMetricsQuery): Promise<MetricSetResponse>;
  basinMetrics(token: string, basin: string, query: BasinMetricsQuery): Promise<MetricSetResponse>;
  streamMetrics(
    token: string,
    basin: string,
    stream: string,
    query: StreamMetricsQuery,
  ): Promise<MetricSetResponse>;
  listBasins(token: string, query: ListBasinsQuery): Promise<ListBasinsResponse>;
  listStreams(token: string, basin: string, query: ListStreamsQuery): Promise<ListStreamsResponse>;
}

interface UpstreamRequest<T> {
  url: URL;
  basinHeader: string | null;
  schema: z.ZodType<T>;
  /** Present for metrics: the exclusive end of the window, in epoch seconds. */
  windowEnd?: number;
}

/** Keys caches and coalescing by token without keeping the token itself in another place. */
export function tokenKey(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

const defaultLog: UpstreamLog = (event, detail) => logError("upstream", event, detail);

export function createS2Client(config: S2ClientConfig): S2Client {
  const fetchDeps: FetchDeps = { ...defaultFetchDeps, ...config.fetchDeps };
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...config.retry, timeoutMs: config.timeoutMs };
  const log = config.log ?? defaultLog;
  const cacheOn = config.cache.maxEntries > 0 && config.cache.ttlMs > 0;
  const cache = createTieredCache({
    namespace: "s2-dashboard:s2",
    redis: config.cache.redis ?? null,
    maxEntries: config.cache.maxEntries,
    maxBytes: config.cache.maxBytes,
    now: fetchDeps.now,
  });
  const budget = config.budget ?? null;
  const inFlight = new InFlight<unknown>();
  const { accountEndpoint } = config;
  const maxBodyBytes = config.maxBodyBytes ?? MAX_BODY_BYTES;

  async function get<T>(token: string, request: UpstreamRequest<T>): Promise<T> {
    const key = `${tokenKey(token)} ${request.url.href} ${request.basinHeader ?? ""}`;
    const nowSeconds = Math.floor(fetchDeps.now() / 1000);
    const cacheable =
      cacheOn && request.windowEnd !== undefined && request.windowEnd <= nowSeconds - CACHEABLE_AFTER_SECONDS;
    // Identical concurrent requests share one cache lookup and at most one upstream call. Values under one
    // key always come from the same URL and so from the same schema, which the cache validates them with
    // on the way out (a value from Redis comes from outside the process): the cast holds.
    return inFlight.run(key, async () => {
      if (cacheable) {
        const hit = await cache.get(key, request.schema);
        if (hit !== undefined) return hit;
      }
      await spendBudget(token, request.url.pathname);
      const { value } = await fetchValidated(token, request);
      if (cacheable) await cache.set(key, value, config.cache.ttlMs);
      return value;
    }) as Promise<T>;
  }

  /** Only calls that really go to S2 are counted; a cache hit or a coalesced request never gets here. */
  async function spendBudget(token: string, where: string): Promise<void> {
    if (budget === null) return;
    const verdict = await budget.take(token);
    if (verdict.ok) return;
    log("budget_spent", { where, retryAfterSeconds: verdict.retryAfterSeconds });
    throw new ApiError(
      429,
      "rate_limited",
      "This token has made too many S2 calls through the dashboard in the last minute; try again shortly",
      String(verdict.retryAfterSeconds),
    );
  }

  async function fetchValidated<T>(token: string, request: UpstreamRequest<T>): Promise<{ value: T }> {
    const { url, basinHeader, schema } = request;
    const where = url.pathname;
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
    if (basinHeader !== null) headers["s2-basin"] = basinHeader;

    let timed: Awaited<ReturnType<typeof fetchWithRetry>>;
    try {
      timed = await fetchWithRetry(url, headers, policy, fetchDeps);
    } catch (error) {
      throw transportError(error, where, log);
    }
    const { response } = timed;
    let text: string;
    try {
      text = await readBody(response, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        log("body_too_large", { where, limit: maxBodyBytes });
        throw new ApiError(502, "bad_gateway", "S2 answered with more data than the dashboard accepts");
      }
      throw transportError(timed.signal.aborted ? new UpstreamTimeoutError("body") : error, where, log);
    }
    if (!response.ok) throw statusError(response, text, token, where, log);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      log("malformed_json", { where, status: response.status, bytes: text.length });
      throw new ApiError(502, "bad_gateway", "S2 answered with a body that is not JSON");
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`);
      log("unexpected_shape", { where, issues });
      throw new ApiError(502, "bad_gateway", "S2 answered with data that does not match its contract");
    }
    return { value: parsed.data };
  }

  const metricsQuery = (q: { set: string; start: number; end: number; interval?: string }) => ({
    set: q.set,
    start: q.start,
    end: q.end,
    interval: q.interval,
  });

  return {
    accountMetrics: (token, query) =>
      get(token, {
        url: upstreamUrl(accountEndpoint, ["metrics"], metricsQuery(query)),
        basinHeader: null,
        schema: metricSetResponseSchema,
        windowEnd: query.end,
      }),
    basinMetrics: (token, basin, query) =>
      get(token, {
        url: upstreamUrl(accountEndpoint, ["metrics", basin], metricsQuery(query)),
        basinHeader: null,
        schema: metricSetResponseSchema,
        windowEnd: query.end,
      }),
    streamMetrics: (token, basin, stream, query) =>
      get(token, {
        url: upstreamUrl(accountEndpoint, ["metrics", basin, stream], metricsQuery(query)),
        basinHeader: null,
        schema: metricSetResponseSchema,
        windowEnd: query.end,
      }),
    listBasins: (token, query) =>
      get(token, {
        url: upstreamUrl(accountEndpoint, ["basins"], query),
        basinHeader: null,
        schema: listBasinsResponseSchema,
      }),
    listStreams: async (token, basin, query) => {
      let url: URL;
      let basinHeader: string | null;
      try {
        const target = basinTarget(config.basinEndpoint, basin);
        url = upstreamUrl(target.base, ["streams"], query);
        basinHeader = target.basinHeader;
      } catch {
        // A valid basin name can still be an impossible host label, e.g. `xn--` followed by bad punycode.
        throw new ApiError(400, "bad_path", `the basin name ${basin} cannot be used as a host name`);
      }
      return get(token, { url, basinHeader, schema: listStreamsResponseSchema });
    },
  };
}

function transportError(error: unknown, where: string, log: UpstreamLog): ApiError {
  if (error instanceof UpstreamTimeoutError) {
    log("timeout", { where, detail: error.message });
    return new ApiError(504, "gateway_timeout", "S2 did not answer in time");
  }
  const detail = error instanceof UpstreamUnreachableError ? error.message : String(error);
  log("unreachable", { where, detail });
  return new ApiError(502, "bad_gateway", "S2 could not be reached");
}

function statusError(
  response: Response,
  text: string,
  token: string,
  where: string,
  log: UpstreamLog,
): ApiError {
  const { status } = response;
  const info = parseErrorInfo(text);
  const mapped = mapS2Error({ status, info, retryAfter: retryAfterOf(response) }, token);
  if (mapped.log) log("upstream_status", { where, status, code: info?.code });
  return mapped.error;
}

class BodyTooLargeError extends Error {}

/** The body as text, refusing to hold more than `limit` bytes of it in memory. */
async function readBody(response: Response, limit: number): Promise<string> {
  if (Number(response.headers.get("content-length") ?? 0) > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString("utf8");
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
}
