import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeUpstream, sendJson, startFakeUpstream } from "@/lib/testing/fake-upstream";
import { parseCsvRecords } from "@/lib/testing/parse-csv";
import { createS2Client, type S2Client } from "@/lib/upstream/s2-client";
import type { ExportQuery } from "./export-contract";
import { accountExportEndpoint, basinExportEndpoint, streamExportEndpoint } from "./export-endpoints";
import { createHandler, type Endpoint } from "./handle";

const TOKEN = "session-s2-token";
const NOW = Math.floor(Date.now() / 1000);
const HOUR = NOW - (NOW % 3_600) - 3_600;
const window = `start=${HOUR - 7_200}&end=${HOUR}`;

let upstream: FakeUpstream;
let s2: S2Client;
let requests: URL[];

beforeEach(async () => {
  requests = [];
  upstream = await startFakeUpstream((req, res) => {
    const url = new URL(req.target, "http://upstream.test");
    requests.push(url);
    const set = url.searchParams.get("set");
    if (set === "storage") {
      sendJson(res, 200, {
        values: [{ gauge: { name: "metered_size", unit: "bytes", values: [[HOUR - 7_200, 10]] } }],
      });
    } else if (set === "read-ops") {
      sendJson(res, 403, { code: "permission_denied", message: "no read-ops for you" });
    } else {
      const name = 'orders, "eu"\nwest';
      const values = [[HOUR - 7_200, 5]];
      sendJson(res, 200, {
        values: [{ accumulation: { name, unit: "operations", interval: "hour", values } }],
      });
    }
  });
  s2 = createS2Client({
    accountEndpoint: upstream.url,
    basinEndpoint: upstream.url,
    timeoutMs: 2_000,
    retry: { baseDelayMs: 5, maxDelayMs: 10, maxRetries: 0 },
    cache: { maxEntries: 0, maxBytes: 1_000_000, ttlMs: 60_000 },
    log: () => {},
  });
});

afterEach(async () => {
  await upstream.close();
});

async function call<P>(
  endpoint: Endpoint<P, ExportQuery>,
  target: string,
  params?: Record<string, string>,
  token: string | null = TOKEN,
) {
  const handler = createHandler(endpoint, {
    getSessionToken: async () => token,
    s2: () => s2,
    log: () => {},
  });
  const context = params ? { params: Promise.resolve(params) } : undefined;
  return handler(new Request(`http://dashboard.test${target}`), context);
}

describe("export routes", () => {
  it("streams a basin set as CSV with a file name that says what it holds", async () => {
    const response = await call(
      basinExportEndpoint,
      `/api/export/prod-events?set=append-ops&${window}&interval=hour&tz=America/New_York`,
      { basin: "prod-events" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("prod-events_append-ops_");
    expect(response.headers.get("content-disposition")).toContain("_hour.csv");
    const records = parseCsvRecords(await response.text());
    expect(records.map((r) => [r.kind, r.series, r.value])).toEqual([
      ["bucket", 'orders, "eu"\nwest', "5"],
      ["bucket", 'orders, "eu"\nwest', ""],
      ["summary", 'orders, "eu"\nwest', "5"],
    ]);
    expect(records[0]?.start).toMatch(/-0[45]:00$/);
  });

  it("exports every basin set when none is named, storage by hour", async () => {
    const response = await call(
      basinExportEndpoint,
      `/api/export/prod-events?${window}&interval=minute&format=json`,
      {
        basin: "prod-events",
      },
    );
    // read-ops is refused upstream after the first set is sent: the stream fails rather than end early.
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    const asked = requests.map((u) => [u.searchParams.get("set"), u.searchParams.get("interval")]);
    expect(asked.slice(0, 3)).toEqual([
      ["storage", "hour"],
      ["append-ops", "minute"],
      ["read-ops", "minute"],
    ]);
  });

  it("answers an upstream refusal of the first set with its own status", async () => {
    const response = await call(basinExportEndpoint, `/api/export/prod-events?set=read-ops&${window}`, {
      basin: "prod-events",
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: "permission_denied", message: "no read-ops for you" });
  });

  it("validates before any work: bad set, bad zone, points, a minute export past 100,000 buckets", async () => {
    const cases: [string, number][] = [
      [`/api/export?set=storage&${window}`, 400],
      [`/api/export?set=account-ops&${window}&tz=Mars/Olympus`, 400],
      [`/api/export?set=account-ops&${window}&tz=local`, 400],
      [`/api/export?set=account-ops&${window}&points=100`, 400],
      [`/api/export?set=account-ops&${window}&format=xlsx`, 400],
      [`/api/export?set=account-ops&start=${HOUR}&end=${HOUR - 60}`, 422],
      [`/api/export?set=account-ops&start=${HOUR - 80 * 86_400}&end=${HOUR}&interval=minute`, 422],
    ];
    for (const [target, status] of cases) {
      const response = await call(accountExportEndpoint, target);
      expect({ target, status: response.status }).toEqual({ target, status });
      expect(Object.keys(await response.json())).toEqual(["code", "message"]);
    }
    expect(requests).toEqual([]);
  });

  it("exports more than S2's 30 days through the planner, in several calls", async () => {
    const start = HOUR - 40 * 86_400;
    const response = await call(
      basinExportEndpoint,
      `/api/export/prod-events?set=append-ops&start=${start}&end=${HOUR}&interval=hour`,
      { basin: "prod-events" },
    );
    expect(response.status).toBe(200);
    const records = parseCsvRecords(await response.text());
    expect(records.filter((r) => r.kind === "bucket")).toHaveLength(40 * 24);
    expect(requests.length).toBeGreaterThanOrEqual(2);
    for (const url of requests) {
      expect(Number(url.searchParams.get("end")) - Number(url.searchParams.get("start"))).toBeLessThanOrEqual(
        30 * 86_400,
      );
    }
  });

  it("refuses without a session", async () => {
    const response = await call(
      accountExportEndpoint,
      `/api/export?set=account-ops&${window}`,
      undefined,
      null,
    );
    expect(response.status).toBe(401);
  });

  it("exports a stream's storage with its name in the file name, encoded for any script", async () => {
    const response = await call(
      streamExportEndpoint,
      `/api/export/prod-events/${encodeURIComponent("fleet/gps-追踪")}?set=storage&${window}&interval=minute&format=json`,
      { basin: "prod-events", stream: "fleet/gps-追踪" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''prod-events_fleet-gps-${encodeURIComponent("追踪")}_storage_`,
    );
    const json = await response.json();
    expect(json.sets[0]).toMatchObject({
      basin: "prod-events",
      stream: "fleet/gps-追踪",
      set: "storage",
      zone: "UTC",
    });
    expect(json.sets[0].rows[0]).toMatchObject({ kind: "reading", value: 10, metricType: "gauge" });
  });
});
