import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error";
import { readJsonBody } from "./read-json-body";

const schema = z.strictObject({ name: z.string().min(1) });
const MAX = 1_024;
const URL_ = "http://dashboard.test/api/embed/share";

/** A body stream that counts what is pulled from it, so a test sees how much the reader took. */
function countingStream(chunk: Uint8Array, chunks: number) {
  const seen = { pulledBytes: 0, cancelled: false };
  let left = chunks;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left-- <= 0) return controller.close();
      seen.pulledBytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("readJsonBody", () => {
  it("parses a small JSON body with its schema", async () => {
    await expect(readJsonBody(post('{"name":"a"}'), schema, { maxBytes: MAX })).resolves.toEqual({
      name: "a",
    });
  });

  it("refuses a declared length over the cap with 413 before reading a byte", async () => {
    const { stream, seen } = countingStream(new Uint8Array(64 * 1024), 1_600);
    const request = post(stream, { "content-length": String(100 * 1024 * 1024) });
    const error = await failure(readJsonBody(request, schema, { maxBytes: MAX }));
    expect(error.status).toBe(413);
    expect(error.code).toBe("payload_too_large");
    expect(seen.pulledBytes).toBeLessThanOrEqual(64 * 1024);
  });

  it("stops reading an undeclared (chunked) body past the cap with 413, and cancels the upload", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(256));
    // 100 MB if it were read to the end.
    const { stream, seen } = countingStream(chunk, 400_000);
    const error = await failure(readJsonBody(post(stream), schema, { maxBytes: MAX }));
    expect(error.status).toBe(413);
    expect(seen.cancelled).toBe(true);
    // The stream may run a chunk or two ahead of the reader, never far past the cap.
    expect(seen.pulledBytes).toBeLessThan(MAX + 4 * chunk.byteLength);
  });

  it("answers 400, not an unhandled error, when the body breaks off", async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode('{"name":'));
        } else controller.error(new Error("aborted"));
      },
    });
    const error = await failure(readJsonBody(post(stream), schema, { maxBytes: MAX }));
    expect(error.status).toBe(400);
    expect(error.code).toBe("bad_json");
  });

  it("refuses a content-length that is not a number", async () => {
    const error = await failure(
      readJsonBody(post("{}", { "content-length": "12abc" }), schema, { maxBytes: MAX }),
    );
    expect(error.status).toBe(413);
  });

  it("answers 400 for a body that is not JSON, or not UTF-8, and for the wrong content type", async () => {
    expect((await failure(readJsonBody(post("{nope"), schema, { maxBytes: MAX }))).status).toBe(400);
    const latin1 = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    expect((await failure(readJsonBody(post(latin1), schema, { maxBytes: MAX }))).code).toBe("bad_json");
    const form = post("name=a", { "content-type": "application/x-www-form-urlencoded" });
    expect((await failure(readJsonBody(form, schema, { maxBytes: MAX }))).status).toBe(400);
  });

  it("answers 422 naming the first field at fault", async () => {
    const error = await failure(readJsonBody(post('{"name":""}'), schema, { maxBytes: MAX }));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^name: /);
  });

  it("accepts a body of exactly the cap", async () => {
    const body = `{"name":"${"a".repeat(MAX - 11)}"}`;
    expect(new TextEncoder().encode(body).length).toBe(MAX);
    await expect(readJsonBody(post(body), schema, { maxBytes: MAX })).resolves.toEqual({
      name: "a".repeat(MAX - 11),
    });
  });
});
