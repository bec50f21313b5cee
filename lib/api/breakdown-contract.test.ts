import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { basinBreakdownQuerySchema, breakdownPaths, streamBreakdownQuerySchema } from "./breakdown-contract";
import { parseInput } from "./handle";

const now = Math.floor(Date.now() / 1000);
const window = { start: String(now - 3_600), end: String(now), interval: "minute" };

function refusal(schema: Parameters<typeof parseInput>[0], input: Record<string, string>) {
  try {
    parseInput(schema, input, "bad_query");
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code };
  }
  return null;
}

describe("breakdown query contract", () => {
  it("reads the window, the sort, the filter and the page", () => {
    expect(
      parseInput(
        streamBreakdownQuerySchema,
        {
          ...window,
          sort: "byteHours",
          dir: "desc",
          filter: "gps-追踪",
          page: "3",
          size: "50",
          compare: "1",
        },
        "bad_query",
      ),
    ).toEqual({
      start: now - 3_600,
      end: now,
      interval: "minute",
      sort: "byteHours",
      dir: "desc",
      filter: "gps-追踪",
      page: 3,
      size: 50,
      compare: true,
    });
  });

  it("refuses what it does not know with 400, and a range S2 would refuse with 422", () => {
    expect(refusal(streamBreakdownQuerySchema, { ...window, sort: "size" })).toEqual({
      status: 400,
      code: "bad_query",
    });
    expect(refusal(streamBreakdownQuerySchema, { ...window, size: "5000" })).toEqual({
      status: 400,
      code: "bad_query",
    });
    expect(refusal(streamBreakdownQuerySchema, { ...window, filter: "\ud800" })).toEqual({
      status: 400,
      code: "bad_query",
    });
    expect(refusal(basinBreakdownQuerySchema, { ...window, extra: "1" })).toEqual({
      status: 400,
      code: "bad_query",
    });
    expect(
      refusal(basinBreakdownQuerySchema, { ...window, start: String(now), end: String(now - 60) }),
    ).toEqual({
      status: 422,
      code: "invalid",
    });
  });

  it("builds the routes paths; the filter travels encoded, compare only when on", () => {
    const path = breakdownPaths.streams("prod-events", {
      start: 1,
      end: 2,
      interval: "minute",
      filter: "a/b c",
      compare: true,
    });
    expect(path).toBe(
      "/api/breakdowns/basins/prod-events/streams?start=1&end=2&interval=minute&filter=a%2Fb+c&compare=1",
    );
    expect(breakdownPaths.basins({ start: 1, end: 2, interval: "hour", compare: false })).toBe(
      "/api/breakdowns/basins?start=1&end=2&interval=hour",
    );
  });
});
