import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import type { StreamBreakdownQuery, StreamBreakdownResponse } from "@/lib/api/breakdown-contract";
import { createTieredCache } from "@/lib/cache/tiered-cache";
import type { MetricSetResponse } from "@/lib/s2/contract";
import type { S2Client } from "@/lib/upstream/s2-client";
import { createBreakdownStore } from "./breakdown-cache";
import { fetchStreamBreakdown } from "./stream-breakdown";

const H = 3_600;
/** 2025-03-03T00:00:00Z: a closed window, long past. */
const T0 = Date.UTC(2025, 2, 3) / 1000;
const NOW = T0 + 30 * 86_400;
const window = { start: T0, end: T0 + H, interval: "minute" } as const;

/** A basin of `count` streams whose stored bytes are a shuffle of 1..count, held over the hour. */
function fakeBasin(count: number, delayMs = 0) {
  const names = Array.from({ length: count }, (_, i) => `s-${String(i).padStart(4, "0")}`);
  const size = new Map(names.map((name, i) => [name, ((i * 7919) % count) + 1]));
  const calls = { list: 0, metrics: 0 };
  const s2: S2Client = {
    accountMetrics: () => Promise.reject(new Error("unused")),
    basinMetrics: () => Promise.reject(new Error("unused")),
    listBasins: () => Promise.reject(new Error("unused")),
    async listStreams(_token, _basin, query) {
      calls.list++;
      const from = query.start_after ? names.indexOf(query.start_after) + 1 : 0;
      const page = names.slice(from, from + (query.limit ?? 1000));
      const streams = page.map((name) => ({ name, created_at: "2025-01-01T00:00:00Z", deleted_at: null }));
      return { streams, has_more: from + page.length < names.length };
    },
    async streamMetrics(_token, _basin, stream, query): Promise<MetricSetResponse> {
      calls.metrics++;
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const bytes = size.get(stream) ?? 0;
      return { values: [{ gauge: { name: "metered_size", unit: "bytes", values: [[query.start, bytes]] } }] };
    },
  };
  return { s2, calls, size, names };
}

function setup(count: number, delayMs = 0) {
  const basin = fakeBasin(count, delayMs);
  const store = createBreakdownStore(createTieredCache({ namespace: "test", redis: null, maxEntries: 100 }));
  const ask = (query: Partial<StreamBreakdownQuery> = {}): Promise<StreamBreakdownResponse> =>
    fetchStreamBreakdown(
      basin.s2,
      "token",
      "big-basin",
      { ...window, ...query },
      { now: NOW, closedTtlMs: 60_000, store },
    );
  return { ...basin, ask };
}

async function untilReady(
  ask: () => Promise<StreamBreakdownResponse>,
  seen: { done: number; total: number }[],
) {
  for (;;) {
    const answer = await ask();
    if (answer.status === "ready") return answer;
    seen.push({ done: answer.done, total: answer.total });
  }
}

describe("fetchStreamBreakdown", () => {
  it("by name, asks only for the visible page's streams", async () => {
    const basin = setup(2_000);
    const page = await basin.ask({ page: 2, size: 20 });
    expect(page).toMatchObject({ status: "ready", page: 2, pages: 100, total: 2_000, streams: 2_000 });
    if (page.status !== "ready") throw new Error("not ready");
    expect(page.rows.map((r) => r.name)).toEqual(basin.names.slice(20, 40));
    expect(page.rows[0]?.latest).toBe(basin.size.get("s-0020"));
    // Two listing pages of 1,000 and one storage call per stream on the page.
    expect(basin.calls).toEqual({ list: 2, metrics: 20 });
  });

  it("filters by a substring of the name before paging", async () => {
    const basin = setup(300);
    const page = await basin.ask({ filter: "-01" });
    if (page.status !== "ready") throw new Error("not ready");
    expect(page.total).toBe(100);
    expect(page.rows.every((r) => r.name.includes("-01"))).toBe(true);
  });

  it("by storage, ranks the whole basin once with progress, then answers from the cached ranking", async () => {
    // Slow enough (2 ms a call) that the ranking outlasts the first request's short wait.
    const basin = setup(2_000, 2);
    const seen: { done: number; total: number }[] = [];
    const first = await untilReady(() => basin.ask({ sort: "latest" }), seen);
    // The largest streams first; one storage call per stream, not more.
    expect(first.status === "ready" && first.rows.map((r) => r.latest)).toEqual(
      Array.from({ length: 20 }, (_, i) => 2_000 - i),
    );
    expect(basin.calls.metrics).toBe(2_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.total === 2_000 && p.done <= p.total)).toBe(true);

    const calls = { ...basin.calls };
    const again = await basin.ask({ sort: "latest", dir: "asc", page: 3, filter: "s-1" });
    if (again.status !== "ready") throw new Error("the second look should be ready at once");
    expect(again.rows.map((r) => r.latest)).toEqual(
      [...again.rows.map((r) => r.latest)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    // Every later look (another page, direction, filter; or by name) costs no S2 call.
    await basin.ask({ page: 7 });
    expect(basin.calls).toEqual(calls);
  });

  it("with compare, gives each row on the page its previous period", async () => {
    const basin = setup(50);
    const page = await basin.ask({ compare: true, size: 10 });
    if (page.status !== "ready") throw new Error("not ready");
    expect(page.rows.every((r) => r.previous !== null && r.previous.latest === r.latest)).toBe(true);
    expect(basin.calls.metrics).toBe(20);
  });

  it("a stream outside the token's scope has no figures instead of failing the table", async () => {
    const basin = setup(30);
    const streamMetrics = basin.s2.streamMetrics;
    basin.s2.streamMetrics = (token, b, stream, query) =>
      stream === "s-0003"
        ? Promise.reject(new ApiError(403, "permission_denied", "outside the token's scope"))
        : streamMetrics(token, b, stream, query);
    const page = await untilReady(() => basin.ask({ sort: "peak" }), []);
    if (page.status !== "ready") throw new Error("not ready");
    expect(page.total).toBe(30);
    const third = await basin.ask({ sort: "peak", page: 3, size: 10 });
    expect(third.status === "ready" && third.rows.at(-1)).toMatchObject({
      name: "s-0003",
      peak: null,
      latest: null,
    });
  });
});
