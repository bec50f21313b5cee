import { ApiError } from "@/lib/api/api-error";
import { type ErrorInfo, errorInfoSchema, S2_ERROR_CATALOGUE, type S2ErrorCode } from "@/lib/s2/contract";

/**
 * S2's error answers, as the dashboard's API answers them (the table is in lib/upstream/README.md).
 * Refusals of the request itself (bad query, unknown token, outside the scope, no such basin) keep S2's
 * code and wording, which explain what to change. Trouble on S2's side gets a status and a message of
 * ours, so that the browser sees a few well-known codes and never S2's internals.
 */

interface Mapped {
  status: number;
  code: string;
  message: string;
  /** Pass S2's Retry-After on: the user is told to come back, so tell them when. */
  passRetryAfter?: boolean;
  /** Worth a line in the server log: not the user's doing. */
  log?: boolean;
}

const BY_S2_CODE: Partial<Record<S2ErrorCode, Mapped>> = {
  quota_exhausted: {
    status: 403,
    code: "quota_exhausted",
    message: "The S2 account's quota is used up: S2 refuses this until the quota resets or is raised",
  },
  request_timeout: {
    status: 504,
    code: "gateway_timeout",
    message: "S2 gave up on the request before answering; try again",
    log: true,
  },
  rate_limited: {
    status: 429,
    code: "rate_limited",
    message: "S2 is limiting the rate of requests; try again shortly",
    passRetryAfter: true,
  },
  // 499 is S2 saying its client (a proxy between us and S2) went away: to our user that is a failed
  // gateway, not something they did, and S2 does not mark it retryable.
  client_hangup: {
    status: 502,
    code: "bad_gateway",
    message: "The connection to S2 was cut before it answered; try again",
    log: true,
  },
  not_implemented: {
    status: 502,
    code: "not_implemented",
    message: "The configured S2 host does not serve this (s2-lite has no metrics API)",
    log: true,
  },
  hot_server: {
    status: 503,
    code: "unavailable",
    message: "S2 is overloaded; try again shortly",
    passRetryAfter: true,
    log: true,
  },
  unavailable: {
    status: 503,
    code: "unavailable",
    message: "S2 is unavailable; try again shortly",
    passRetryAfter: true,
    log: true,
  },
  server_draining: {
    status: 503,
    code: "unavailable",
    message: "S2 is restarting; try again shortly",
    passRetryAfter: true,
    log: true,
  },
  upstream_timeout: {
    status: 504,
    code: "gateway_timeout",
    message: "S2 timed out inside before answering; try again",
    log: true,
  },
};

/** When the body names no known code (e.g. a load balancer's HTML page), the status decides. */
const BY_STATUS: Record<number, S2ErrorCode> = {
  408: "request_timeout",
  429: "rate_limited",
  499: "client_hangup",
  501: "not_implemented",
  503: "unavailable",
  504: "upstream_timeout",
};

// Used when an upstream 4xx does not carry a well-formed `{code, message}`.
const FALLBACK_CODES: Record<number, string> = {
  400: "bad_query",
  401: "authn",
  403: "permission_denied",
  404: "not_found",
  409: "conflict",
  422: "invalid",
};

const SAFE_CODE = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_MESSAGE_LENGTH = 500;

export interface S2ErrorAnswer {
  status: number;
  /** The body's `{code, message}`, or null when it has none. */
  info: ErrorInfo | null;
  /** S2's Retry-After, already checked to be delta-seconds or an HTTP date. */
  retryAfter?: string;
}

export interface MappedError {
  error: ApiError;
  log: boolean;
}

function knownEntry(status: number, code: string | undefined): Mapped | undefined {
  if (code !== undefined && Object.hasOwn(BY_S2_CODE, code)) {
    const known = code as S2ErrorCode;
    // A code answered with another status than S2's own is not trusted to mean what the table says.
    if (S2_ERROR_CATALOGUE[known].status === status) return BY_S2_CODE[known];
  }
  const byStatus = BY_STATUS[status];
  return byStatus ? BY_S2_CODE[byStatus] : undefined;
}

/** An S2 error answer as the dashboard's ApiError. `token` is scrubbed from any wording passed on. */
export function mapS2Error(answer: S2ErrorAnswer, token: string): MappedError {
  const { status, info, retryAfter } = answer;
  const entry = knownEntry(status, info?.code);
  if (entry) {
    const error = new ApiError(
      entry.status,
      entry.code,
      entry.message,
      entry.passRetryAfter ? retryAfter : undefined,
    );
    return { error, log: entry.log === true };
  }
  if (status < 400 || status >= 500) {
    return {
      error: new ApiError(502, "bad_gateway", `S2 answered with an unexpected status (${status})`),
      log: true,
    };
  }
  const code = info && SAFE_CODE.test(info.code) ? info.code : (FALLBACK_CODES[status] ?? "upstream_error");
  // Upstream wording is passed on because it explains the refusal, but never with the token in it.
  const message = info?.message
    ? info.message.replaceAll(token, "[token]").slice(0, MAX_MESSAGE_LENGTH)
    : `S2 refused the request (${status})`;
  return { error: new ApiError(status, code, message), log: false };
}

/** The `{code, message}` of an error body, or null. */
export function parseErrorInfo(text: string): ErrorInfo | null {
  try {
    const parsed = errorInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
