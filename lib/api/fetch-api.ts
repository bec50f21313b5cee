import type { z } from "zod";
import { errorInfoSchema } from "@/lib/s2/contract";
import { ApiError } from "./api-error";

export interface FetchJsonOptions {
  /** `same-origin` for the dashboard's cookie-authenticated routes; `omit` for the embed frame's. */
  readonly credentials: RequestCredentials;
  /** Sent as JSON with `POST`; without it the request is a `GET` (or `method`). */
  readonly body?: unknown;
  /** For a body-less request that is not a `GET` (the Embeds page's revoke). */
  readonly method?: "DELETE";
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/**
 * The browser's one way to the dashboard's own routes, as strict about what comes back as the server is
 * about S2's answers: every failure becomes an ApiError, the API's `{code, message}` rebuilt as such.
 */
export async function fetchJson<T>(
  path: string,
  schema: z.ZodType<T>,
  options: FetchJsonOptions,
): Promise<T> {
  const { credentials, body, headers, signal, method } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      signal,
      credentials,
      ...(body === undefined
        ? { method: method ?? "GET", headers: { accept: "application/json", ...headers } }
        : {
            method: "POST",
            body: JSON.stringify(body),
            headers: { accept: "application/json", "content-type": "application/json", ...headers },
          }),
    });
  } catch (error) {
    // A cancelled query is not a failure to show; React Query expects the abort to surface as such.
    if (signal?.aborted) throw error;
    throw new ApiError(503, "unavailable", "The dashboard could not be reached. Check the connection.");
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const info = errorInfoSchema.safeParse(answer);
    throw info.success
      ? new ApiError(response.status, info.data.code, info.data.message)
      : new ApiError(response.status, "bad_gateway", `The dashboard answered ${response.status}`);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    throw new ApiError(502, "bad_gateway", "The dashboard answered with data of an unexpected shape");
  }
  return parsed.data;
}

/** A `GET` of the dashboard's API with the session cookie. */
export function fetchApi<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return fetchJson(path, schema, { credentials: "same-origin", signal });
}
