import type { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { errorInfoSchema } from "@/lib/s2/contract";
import { EMBED_AUTH_SCHEME } from "./embed-url";

/**
 * The frame's way to its data routes: same-origin, authorised by the embed token in a header and never
 * by a cookie (`credentials: "omit"`), and as strict about the answer as the dashboard's fetchApi.
 */
export async function fetchEmbed<T>(
  path: string,
  token: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      signal,
      credentials: "omit",
      headers: { accept: "application/json", authorization: `${EMBED_AUTH_SCHEME} ${token}` },
    });
  } catch (error) {
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
