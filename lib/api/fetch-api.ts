import type { z } from "zod";
import { errorInfoSchema } from "@/lib/s2/contract";
import { ApiError } from "./api-error";

/**
 * The browser's way to the dashboard's API: same-origin, cookie-authenticated, and as strict about what
 * comes back as the server is about S2's answers. Every failure becomes an ApiError.
 */
export async function fetchApi<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      signal,
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
  } catch (error) {
    // A cancelled query is not a failure to show; React Query expects the abort to surface as such.
    if (signal?.aborted) throw error;
    throw new ApiError(503, "unavailable", "The dashboard could not be reached. Check the connection.");
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const info = errorInfoSchema.safeParse(body);
    throw info.success
      ? new ApiError(response.status, info.data.code, info.data.message)
      : new ApiError(response.status, "bad_gateway", `The dashboard answered ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(502, "bad_gateway", "The dashboard answered with data of an unexpected shape");
  }
  return parsed.data;
}
