import type { ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type FakeUpstream,
  type RecordedRequest,
  refusedUrl,
  sendJson,
  startFakeUpstream,
} from "@/lib/testing/fake-upstream";
import { createS2Client } from "@/lib/upstream/s2-client";
import { verifyS2Token } from "./verify-token";

const LISTING = { basins: [{ name: "prod-events", created_at: "2025-01-01T00:00:00Z" }], has_more: true };
let upstream: FakeUpstream;

function s2(accountEndpoint = upstream.url) {
  return createS2Client({
    accountEndpoint,
    basinEndpoint: accountEndpoint,
    timeoutMs: 1_000,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
    log: () => {},
  });
}

/** Answers by path: listing, account metrics, basin metrics. */
function answer(listing: number, account: number, basin: number) {
  return (request: RecordedRequest, res: ServerResponse) => {
    const path = request.target.split("?")[0];
    const status = path === "/v1/basins" ? listing : path === "/v1/metrics" ? account : basin;
    if (status !== 200) return sendJson(res, status, { code: "x", message: "refused" });
    return sendJson(res, 200, path === "/v1/basins" ? LISTING : { values: [] });
  };
}

beforeEach(async () => {
  upstream = await startFakeUpstream();
});
afterEach(async () => {
  await upstream.close();
});

describe("verifyS2Token", () => {
  it("accepts a token that can list basins and read account metrics", async () => {
    upstream.respond(answer(200, 200, 200));
    await expect(verifyS2Token(s2(), "tok")).resolves.toBe("ok");
    expect(upstream.requests.map((r) => r.target.split("?")[0])).toEqual(["/v1/basins", "/v1/metrics"]);
    expect(upstream.requests[0]?.target).toBe("/v1/basins?limit=1");
  });

  it("refuses a token S2 does not know", async () => {
    upstream.respond(answer(401, 401, 401));
    await expect(verifyS2Token(s2(), "tok")).resolves.toBe("invalid_token");
  });

  it("accepts a token limited to basin metrics, checked on a basin it can list", async () => {
    upstream.respond(answer(200, 403, 200));
    await expect(verifyS2Token(s2(), "tok")).resolves.toBe("ok");
    expect(upstream.requests[2]?.target).toMatch(/^\/v1\/metrics\/prod-events\?set=storage&/);
  });

  it("tells a token without any metrics permission so", async () => {
    upstream.respond(answer(200, 403, 403));
    await expect(verifyS2Token(s2(), "tok")).resolves.toBe("no_metrics_permission");
    upstream.respond(answer(403, 403, 403));
    await expect(verifyS2Token(s2(), "tok")).resolves.toBe("no_metrics_permission");
  });

  it("says S2 is unreachable rather than blaming the token", async () => {
    await expect(verifyS2Token(s2(await refusedUrl()), "tok")).resolves.toBe("upstream_unavailable");
    upstream.respond(answer(503, 503, 503));
    await expect(verifyS2Token(s2(), "tok")).resolves.toBe("upstream_unavailable");
  });

  it("reports any other refusal as a failed check", async () => {
    upstream.respond(answer(200, 422, 200));
    await expect(verifyS2Token(s2(), "tok")).resolves.toBe("check_failed");
  });
});
