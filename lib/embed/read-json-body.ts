import type { z } from "zod";
import { ApiError } from "@/lib/api/api-error";

/** A mint request is a few hundred bytes; anything near this is not one. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * A JSON request body, parsed with its schema, or the matching ApiError: 400 `bad_json` for anything
 * that is not a JSON body, 413 when too large, 422 `invalid` naming the first field at fault. Requiring
 * `content-type: application/json` also keeps plain cross-site form posts out of the session route.
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(400, "bad_json", "Send a JSON body with content-type: application/json.");
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new ApiError(413, "payload_too_large", `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, "bad_json", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  throw new ApiError(422, "invalid", `${where}${first?.message ?? "invalid request"}`);
}
