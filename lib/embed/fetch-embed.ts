import type { z } from "zod";
import { fetchJson } from "@/lib/api/fetch-api";
import { EMBED_AUTH_SCHEME } from "./embed-url";

/**
 * The frame's way to its data routes: authorised by the embed token in a header and never by a cookie
 * (`credentials: "omit"`), with the dashboard's one fetch-to-ApiError path.
 */
export function fetchEmbed<T>(
  path: string,
  token: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  return fetchJson(path, schema, {
    credentials: "omit",
    headers: { authorization: `${EMBED_AUTH_SCHEME} ${token}` },
    signal,
  });
}
