import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { shouldRetry } from "./query-client";

describe("shouldRetry", () => {
  it("never retries a refusal, which would only be refused again", () => {
    for (const status of [400, 401, 403, 404, 422, 429]) {
      expect(shouldRetry(0, new ApiError(status, "x", "y"))).toBe(false);
    }
  });

  it("retries server-side and network failures a bounded number of times", () => {
    expect(shouldRetry(0, new ApiError(502, "bad_gateway", "y"))).toBe(true);
    expect(shouldRetry(1, new ApiError(504, "gateway_timeout", "y"))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, "unavailable", "y"))).toBe(false);
  });
});
