import { describe, expect, it } from "vitest";
import { isRetryableS2Error, listBasinsResponseSchema, S2_ERROR_CATALOGUE } from "./contract";

const basin = { name: "prod-events", created_at: "2026-01-01T00:00:00Z" };

describe("basin listings", () => {
  it("take S2's current `location`, the older `scope`, or neither, and pass on `location` only", () => {
    const parse = (extra: Record<string, unknown>) =>
      listBasinsResponseSchema.parse({ basins: [{ ...basin, ...extra }], has_more: false }).basins[0];
    expect(parse({ location: "aws:us-east-1" })).toEqual({ ...basin, location: "aws:us-east-1" });
    expect(parse({ scope: "aws:us-east-1" })).toEqual({ ...basin, location: "aws:us-east-1" });
    expect(parse({ location: "aws:eu-west-1", scope: "aws:us-east-1" })?.location).toBe("aws:eu-west-1");
    expect(parse({})).toEqual({ ...basin, location: null });
    expect(parse({ location: null })).toEqual({ ...basin, location: null });
  });

  it("still refuses a location that is not text", () => {
    const bad = { basins: [{ ...basin, location: 7 }], has_more: false };
    expect(listBasinsResponseSchema.safeParse(bad).success).toBe(false);
  });

  it("re-validates its own output, as the browser does with the dashboard's answer", () => {
    const once = listBasinsResponseSchema.parse({ basins: [{ ...basin, scope: "x:y" }], has_more: true });
    expect(listBasinsResponseSchema.parse(once)).toEqual(once);
  });
});

describe("S2's retryable errors", () => {
  it("are 429, 502 hot_server and 503, whatever a 429 or 503 body says", () => {
    const retryable = Object.entries(S2_ERROR_CATALOGUE)
      .filter(([code, e]) => isRetryableS2Error(e.status, code))
      .map(([code]) => code);
    expect(retryable).toEqual(["rate_limited", "hot_server", "unavailable", "server_draining"]);
    expect(isRetryableS2Error(503, null)).toBe(true);
    expect(isRetryableS2Error(429, "something_else")).toBe(true);
    expect(isRetryableS2Error(502, null)).toBe(false);
    expect(isRetryableS2Error(502, "bad_gateway")).toBe(false);
    expect(isRetryableS2Error(500, "hot_server")).toBe(false);
  });
});
