import type { ErrorInfo } from "@/lib/s2/contract";

/**
 * The one error type of the dashboard's API, used on both sides of it: route handlers throw it and turn
 * it into `{code, message}` with its status; the browser's fetch helper rebuilds it from that body. Its
 * message is always safe to show: anything internal is logged on the server and never put here.
 */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds or an HTTP date, passed on from S2 for 429 and 503. */
    readonly retryAfter?: string,
  ) {
    super(message);
  }

  toBody(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}
