import { describe, expect, it } from "vitest";
import type { S2Client } from "@/lib/upstream/s2-client";
import { monthEstimateEndpoint } from "./cost-endpoints";
import { createHandler } from "./handle";

const unused = () => Promise.reject(new Error("S2 must not be asked"));
const s2 = {
  accountMetrics: unused,
  basinMetrics: unused,
  streamMetrics: unused,
  listBasins: unused,
  listStreams: unused,
} as S2Client;
const handler = createHandler(monthEstimateEndpoint, {
  getSessionToken: async () => "token",
  s2: () => s2,
  log: () => {},
});

describe("GET /api/costs/month", () => {
  it("refuses parameters before any work, as {code, message}", async () => {
    const response = await handler(new Request("http://dash/api/costs/month?basins=50"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it("answers 404 {code, message} without a price list, asking S2 nothing", async () => {
    const response = await handler(new Request("http://dash/api/costs/month"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: "not_found", message: "No price list is configured." });
  });
});
