import type { z } from "zod";
import { ApiError } from "./api-error";

export interface ReadJsonBodyOptions {
  /** The largest body accepted, in bytes; a route's own requests are far smaller than this. */
  readonly maxBytes: number;
}

/**
 * A JSON request body, parsed with its schema, or the matching ApiError. The size cap is enforced before
 * anything is buffered, so an anonymous client cannot make the server hold a large body in memory:
 * - a declared `content-length` over the cap is refused (413) without reading a byte;
 * - otherwise the stream is read with a running count and cancelled as soon as it passes the cap (413),
 *   which covers chunked bodies and a `content-length` that lies;
 * - a body that breaks off (the client aborts) is the client's failure, 400, not a logged 500;
 * - then UTF-8, JSON and the schema: 400 `bad_json`, or 422 `invalid` naming the first field at fault.
 * Requiring `content-type: application/json` also keeps plain cross-site form posts out.
 */
export async function readJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  { maxBytes }: ReadJsonBodyOptions,
): Promise<T> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(400, "bad_json", "Send a JSON body with content-type: application/json.");
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && !(/^\d+$/.test(declared.trim()) && Number(declared) <= maxBytes)) {
    throw tooLarge(maxBytes);
  }
  const bytes = await readCapped(request, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError(400, "bad_json", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  throw new ApiError(422, "invalid", `${where}${first?.message ?? "invalid request"}`);
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "payload_too_large", `The body must be at most ${maxBytes} bytes.`);
}

/** The body's bytes, never holding more than `maxBytes` of them. */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new ApiError(400, "bad_json", "The request body could not be read: it was cut off.");
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      // Stops the upload instead of draining it; a failure to cancel changes nothing for this answer.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
