import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error";
import { errorResponse } from "./handle";

describe("ApiError", () => {
  it("is recognised across copies of its module, as route chunks bundle it", async () => {
    vi.resetModules();
    const copy = await import("./api-error");
    expect(copy.ApiError).not.toBe(ApiError);
    const thrownByOtherChunk = new copy.ApiError(429, "rate_limited", "slow down", "5");
    expect(thrownByOtherChunk instanceof ApiError).toBe(true);
    const response = errorResponse(thrownByOtherChunk, () => {});
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ code: "rate_limited", message: "slow down" });
  });

  it("recognises nothing else", () => {
    const lookalike = Object.assign(new Error("x"), { name: "ApiError", status: 429, code: "rate_limited" });
    expect(lookalike instanceof ApiError).toBe(false);
    const nothing: unknown = null;
    expect(nothing instanceof ApiError).toBe(false);
    expect(errorResponse(lookalike, () => {}).status).toBe(500);
  });
});
