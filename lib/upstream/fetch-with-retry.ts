/**
 * One upstream GET under a single time budget. Only a GET is ever retried (it is safe to repeat), only
 * after a connection failure or a 503, a bounded number of times, after a jittered backoff, and never when
 * the backoff would not fit in what is left of the budget: the caller's timeout is a promise to its user.
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
  const retryDelay = (attempt: number): number | null => {
    if (attempt >= policy.maxRetries) return null;
    const delay = backoffDelay(attempt, policy, deps.random);
    return delay < budgetLeft() ? delay : null;
  };

  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      // A redirect could carry the bearer token to a host nobody configured.
      response = await deps.fetch(url, { method: "GET", headers, signal, redirect: "error" });
    } catch (error) {
      if (signal.aborted) throw new UpstreamTimeoutError(`no answer within ${policy.timeoutMs} ms`);
      const delay = retryDelay(attempt);
      if (delay === null) throw new UpstreamUnreachableError(describeFetchFailure(error));
      await sleepWithinBudget(delay, signal, policy);
      continue;
    }
    const delay = response.status === 503 ? retryDelay(attempt) : null;
    if (delay === null) return { response, signal, attempts: attempt + 1 };
    await response.body?.cancel().catch(() => undefined);
    await sleepWithinBudget(delay, signal, policy);
  }
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
