import type { ErrorInfo } from "@/lib/s2/contract";

/**
 * The one error type of the dashboard's API, used on both sides of it: route handlers throw it and turn
 * it into `{code, message}` with its status; the browser's fetch helper rebuilds it from that body. Its
 * message is always safe to show: anything internal is logged on the server and never put here.
 */
/**
 * Next may bundle this module into several route chunks, each with its own copy of the class, and a
 * long-lived object made by one chunk (the shared S2 client on globalThis) throws the copy of the chunk
 * that made it. `instanceof` therefore checks a registered brand rather than the class identity, so every
 * copy recognises every other's errors (and none is answered as a 500).
 */
const BRAND = Symbol.for("s2-dashboard.api-error");

export class ApiError extends Error {
  override name = "ApiError";
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

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
