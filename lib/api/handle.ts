import type { z } from "zod";
import { logError } from "@/lib/log/log";
import type { S2Client } from "@/lib/upstream/s2-client";
import { ApiError } from "./api-error";
import { INVALID_STATUS } from "./contract";

/**
 * Every `/api/...` handler reads the same way: validate path and query -> session -> one call into
 * `lib/` -> respond. Authorisation is S2's: the token's scope decides, and its 403 is passed on. The
 * session reader and the S2 client are injected, so the handler is tested without next-auth's cookie.
 */

export interface Endpoint<P, Q> {
  path: z.ZodType<P, Record<string, unknown>>;
  query: z.ZodType<Q, Record<string, string>>;
  /**
   * Its answer is sent as JSON, unless it is already a `Response` (a streamed export), which goes out as
   * is. `signal` aborts when the client goes away.
   */
  call(s2: S2Client, token: string, input: { path: P; query: Q; signal?: AbortSignal }): Promise<unknown>;
}

export function defineEndpoint<P, Q>(endpoint: Endpoint<P, Q>): Endpoint<P, Q> {
  return endpoint;
}

export interface HandlerDeps {
  /** The S2 token of the request's session, or null when there is no valid session. */
  getSessionToken(request: Request): Promise<string | null>;
  s2(): S2Client;
  /** Called with every 401 answer: the session's token is no longer usable, so the session ends. */
  endSession?(request: Request, response: Response): Promise<void> | void;
  log?(event: string, detail: Record<string, unknown>): void;
}

export interface HandlerContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

export type RouteHandler = (request: Request, context?: HandlerContext) => Promise<Response>;

const NO_STORE = { "cache-control": "private, no-store" };

export function createHandler<P, Q>(endpoint: Endpoint<P, Q>, deps: HandlerDeps): RouteHandler {
  const log = deps.log ?? defaultLog;
  return async (request, context) => {
    try {
      // Next gives a route without dynamic segments no params at all.
      const path = parseInput(endpoint.path, (await context?.params) ?? {}, "bad_path");
      const query = parseInput(endpoint.query, queryRecord(new URL(request.url).searchParams), "bad_query");
      const token = await deps.getSessionToken(request);
      if (token === null) throw new ApiError(401, "authn", "Sign in to see S2 metrics");
      const body = await endpoint.call(deps.s2(), token, { path, query, signal: request.signal });
      return body instanceof Response ? body : jsonResponse(body);
    } catch (error) {
      const response = errorResponse(error, log);
      if (response.status === 401) await deps.endSession?.(request, response);
      return response;
    }
  };
}

const serialised = new WeakMap<object, string>();

/**
 * A 200 JSON answer. Identical concurrent requests share one upstream answer (coalescing); they also
 * share its serialised form, so a burst of them stringifies it once.
 */
export function jsonResponse(body: unknown): Response {
  const shareable = typeof body === "object" && body !== null;
  let text = shareable ? serialised.get(body) : undefined;
  if (text === undefined) {
    text = JSON.stringify(body);
    if (shareable) serialised.set(body, text);
  }
  return new Response(text, { headers: { ...NO_STORE, "content-type": "application/json" } });
}

/** Query parameters as a record, refusing repeats: `?set=a&set=b` has no single meaning. */
export function queryRecord(params: URLSearchParams): Record<string, string> {
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) throw new ApiError(400, "bad_query", `parameter ${key} is given more than once`);
    seen.add(key);
  }
  // fromEntries defines own properties, so even `__proto__` arrives as a key (and is refused as unknown).
  return Object.fromEntries(params);
}

/** Parses or throws the matching ApiError: 422 `invalid` when every issue is one S2 answers so, else 400. */
export function parseInput<T, I>(schema: z.ZodType<T, I>, input: unknown, code: "bad_path" | "bad_query"): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { issues } = result.error;
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  const message = `${where}${first?.message ?? "invalid request"}`;
  const isInvalid = issues.every(
    (issue) =>
      issue.code === "custom" && (issue.params as { status?: number } | undefined)?.status === INVALID_STATUS,
  );
  throw isInvalid ? new ApiError(422, "invalid", message) : new ApiError(400, code, message);
}

export function errorResponse(error: unknown, log: NonNullable<HandlerDeps["log"]> = defaultLog): Response {
  const apiError = error instanceof ApiError ? error : new ApiError(500, "internal", "Something went wrong");
  if (!(error instanceof ApiError)) {
    // Internals go to the log, never to the client. No token reaches here: it is not in any message.
    log("unhandled", { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
  const headers: Record<string, string> = { ...NO_STORE };
  if (apiError.retryAfter !== undefined) headers["retry-after"] = apiError.retryAfter;
  return Response.json(apiError.toBody(), { status: apiError.status, headers });
}

const defaultLog: NonNullable<HandlerDeps["log"]> = (event, detail) => logError("api", event, detail);
