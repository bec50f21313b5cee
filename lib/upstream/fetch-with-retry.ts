import { isRetryableS2Error } from "@/lib/s2/contract";
import { parseErrorInfo } from "./s2-error-map";

/**
 * One upstream GET under a single time budget. Only a GET is ever retried (it is safe to repeat; the
 * dashboard sends nothing else), only after a connection failure or an answer S2 marks retryable (429,
 * 502 `hot_server`, 503), a bounded number of times, after a jittered exponential backoff that is never
 * shorter than S2's Retry-After, and never when that wait would not fit in what is left of the budget: the
 * caller's timeout is a promise to its user. An answer that is not retried is returned as it came.
 */

export interface RetryPolicy {
  timeoutMs: number;
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, "timeoutMs"> = {
  maxRetries: 2,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
};

export interface FetchDeps {
  fetch: typeof fetch;
  random: () => number;
  now: () => number;
}

export const defaultFetchDeps: FetchDeps = {
  fetch: (input, init) => fetch(input, init),
  random: Math.random,
  now: Date.now,
};

/** The budget ran out; the response body, if any, is no longer readable. */
export class UpstreamTimeoutError extends Error {
  override name = "UpstreamTimeoutError";
}

/** No HTTP answer: refused, reset, DNS failure. */
export class UpstreamUnreachableError extends Error {
  override name = "UpstreamUnreachableError";
}

export interface TimedResponse {
  response: Response;
  /** Still running while the body is read, so a stalled body also ends in a timeout. */
  signal: AbortSignal;
  attempts: number;
}

/** "Full jitter": spreads retries of many waiting clients instead of having them return in step. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export async function fetchWithRetry(
  url: URL,
  headers: Record<string, string>,
  policy: RetryPolicy,
  deps: FetchDeps = defaultFetchDeps,
): Promise<TimedResponse> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  const startedAt = deps.now();
  const budgetLeft = () => policy.timeoutMs - (deps.now() - startedAt);
  // Never sooner than S2 asked (`atLeastMs`); never when the wait would not leave time for an answer.
  const retryDelay = (attempt: number, atLeastMs: number): number | null => {
    if (attempt >= policy.maxRetries) return null;
    const delay = Math.max(atLeastMs, backoffDelay(attempt, policy, deps.random));
    return delay < budgetLeft() ? delay : null;
  };

  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      // A redirect could carry the bearer token to a host nobody configured.
      response = await deps.fetch(url, { method: "GET", headers, signal, redirect: "error" });
    } catch (error) {
      if (signal.aborted) throw new UpstreamTimeoutError(`no answer within ${policy.timeoutMs} ms`);
      const delay = retryDelay(attempt, 0);
      if (delay === null) throw new UpstreamUnreachableError(describeFetchFailure(error));
      await sleepWithinBudget(delay, signal, policy);
      continue;
    }
    const delay =
      attempt < policy.maxRetries && (await isRetryable(response))
        ? retryDelay(attempt, retryAfterMs(response, deps.now()))
        : null;
    if (delay === null) return { response, signal, attempts: attempt + 1 };
    await response.body?.cancel().catch(() => undefined);
    await sleepWithinBudget(delay, signal, policy);
  }
}

/** A 502 is retryable only as `hot_server`, which only its body says: read a little of a copy of it. */
async function isRetryable(response: Response): Promise<boolean> {
  if (response.ok) return false;
  if (response.status !== 502) return isRetryableS2Error(response.status, null);
  const text = await readPrefix(response.clone(), ERROR_PEEK_BYTES).catch(() => "");
  return isRetryableS2Error(502, parseErrorInfo(text)?.code ?? null);
}

// An S2 error body is a short `{code, message}`; a longer one is not S2's and is not worth reading.
const ERROR_PEEK_BYTES = 8 * 1024;

async function readPrefix(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size <= limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return size > limit ? "" : Buffer.concat(chunks).toString("utf8");
}

// Delta-seconds or an HTTP date; anything else is dropped rather than forwarded or obeyed.
const RETRY_AFTER = /^(\d{1,9}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;

/** The answer's Retry-After when it is well-formed, as sent. */
export function retryAfterOf(response: Response): string | undefined {
  const value = response.headers.get("retry-after")?.trim();
  return value && RETRY_AFTER.test(value) ? value : undefined;
}

/** How long Retry-After asks us to wait, in ms (0 when it asks nothing). */
export function retryAfterMs(response: Response, nowMs: number): number {
  const value = retryAfterOf(response);
  if (value === undefined) return 0;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - nowMs;
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

async function sleepWithinBudget(ms: number, signal: AbortSignal, policy: RetryPolicy): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw new UpstreamTimeoutError(`no answer within ${policy.timeoutMs} ms`);
  }
}

/** undici puts the useful part (ECONNREFUSED, ENOTFOUND...) in `cause`. */
export function describeFetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail =
    typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : "";
  return detail ? `${error.message} (${detail})` : error.message;
}
