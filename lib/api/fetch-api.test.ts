import { afterEach, describe, expect, it, vi } from "vitest";
import { listBasinsResponseSchema } from "@/lib/s2/contract";
import { ApiError } from "./api-error";
import { fetchApi } from "./fetch-api";

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("fetchApi", () => {
  it("returns an answer that matches the schema", async () => {
    answer(200, { basins: [], has_more: false });
    await expect(fetchApi("/api/basins", listBasinsResponseSchema)).resolves.toEqual({
      basins: [],
      has_more: false,
    });
  });

  it("rebuilds the API's {code, message} error", async () => {
    answer(403, { code: "permission_denied", message: "not your basin" });
    const error = await failure(fetchApi("/api/basins", listBasinsResponseSchema));
    expect([error.status, error.code, error.message]).toEqual([403, "permission_denied", "not your basin"]);
  });

  it("refuses an answer of the wrong shape", async () => {
    answer(200, { basins: "many" });
    expect((await failure(fetchApi("/api/basins", listBasinsResponseSchema))).code).toBe("bad_gateway");
  });

  it("turns a network failure into an ApiError worth retrying", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    expect((await failure(fetchApi("/api/basins", listBasinsResponseSchema))).status).toBe(503);
  });
});
