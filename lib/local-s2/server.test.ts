import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorInfoSchema, listStreamsResponseSchema, metricSetResponseSchema } from "@/lib/s2/contract";
import { listen, type RunningServer } from "./server";
import { type MetricsStore, openStore } from "./store";
import { DEMO_TOKEN, TokenRegistry } from "./tokens";

const NOW = 1_767_225_600 + 40 * 86_400; // a fixed "now", aligned to the day
const DAY = 86_400;

let store: MetricsStore;
let server: RunningServer;

beforeAll(async () => {
  store = openStore(":memory:");
  store.write(
    {
      counters: [
        { ts: NOW - 3_600, set: "append-ops", basin: "prod-events", series: "standard", value: 3 },
        { ts: NOW - 3_600, set: "read-ops", basin: "prod-events", series: "unary", value: 0 },
        { ts: NOW - 7_200, set: "basin-ops", basin: "prod-events", series: "create-stream", value: 2 },
      ],
      gauges: [{ ts: NOW - DAY, basin: "prod-events", stream: "a/b c", value: 1024 }],
    },
    {
      basins: [
        { name: "prod-events", createdAt: NOW - 60 * DAY, deletedAt: null },
        { name: "analytics-raw", createdAt: NOW - 60 * DAY, deletedAt: null },
      ],
      streams: [{ basin: "prod-events", name: "a/b c", createdAt: NOW - 30 * DAY, deletedAt: null }],
    },
  );
  const tokens = new TokenRegistry({
    "prod-only": { basins: { prefix: "prod-" }, ops: ["basin-metrics", "list-streams", "list-basins"] },
    "one-stream": { streams: { exact: "other" }, op_groups: { stream: { read: true } } },
    expired: { expires_at: "2020-01-01T00:00:00Z" },
  });
  server = await listen({ store, tokens, now: () => NOW }, 0);
});
afterAll(async () => {
  await server.close();
  store.close();
});

async function get(path: string, token: string | null = DEMO_TOKEN, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return { status: res.status, body: (await res.json()) as unknown, headers: res.headers };
}

const range = `start=${NOW - DAY}&end=${NOW}`;

describe("errors are {code, message} with S2's status", () => {
  const cases: [string, string, string | null, number, string][] = [
    ["no token", `/v1/metrics?set=account-ops&${range}`, null, 401, "authn"],
    ["unknown token", `/v1/metrics?set=account-ops&${range}`, "nope", 401, "authn"],
    ["expired token", `/v1/metrics?set=account-ops&${range}`, "expired", 401, "authn"],
    ["unknown set", `/v1/metrics?set=storage&${range}`, DEMO_TOKEN, 400, "bad_query"],
    ["missing set", `/v1/metrics?${range}`, DEMO_TOKEN, 400, "bad_query"],
    ["non-integer start", `/v1/metrics?set=account-ops&start=1.5&end=${NOW}`, DEMO_TOKEN, 400, "bad_query"],
    [
      "repeated parameter",
      `/v1/metrics?set=account-ops&set=account-ops&${range}`,
      DEMO_TOKEN,
      400,
      "bad_query",
    ],
    ["unknown interval", `/v1/metrics?set=account-ops&interval=week&${range}`, DEMO_TOKEN, 400, "bad_query"],
    ["bad basin name", `/v1/metrics/Prod_Events?set=storage&${range}`, DEMO_TOKEN, 400, "bad_path"],
    ["stream named ..", `/v1/metrics/prod-events/..?set=storage&${range}`, DEMO_TOKEN, 400, "bad_path"],
    [
      "bad percent-encoding",
      `/v1/metrics/prod-events/%E0%A4%A?set=storage&${range}`,
      DEMO_TOKEN,
      400,
      "bad_path",
    ],
    ["too deep", `/v1/metrics/prod-events/a/b?set=storage&${range}`, DEMO_TOKEN, 400, "bad_path"],
    [
      "start after end",
      `/v1/metrics?set=account-ops&start=${NOW}&end=${NOW - 1}`,
      DEMO_TOKEN,
      422,
      "invalid",
    ],
    [
      "over 30 days",
      `/v1/metrics?set=account-ops&start=${NOW - 31 * DAY}&end=${NOW}`,
      DEMO_TOKEN,
      422,
      "invalid",
    ],
    [
      "end in the future",
      `/v1/metrics?set=account-ops&start=${NOW - DAY}&end=${NOW + 61}`,
      DEMO_TOKEN,
      422,
      "invalid",
    ],
    ["missing start", `/v1/metrics?set=account-ops&end=${NOW}`, DEMO_TOKEN, 422, "invalid"],
    ["missing end", `/v1/metrics/prod-events?set=append-ops&start=${NOW - 60}`, DEMO_TOKEN, 422, "invalid"],
    [
      "basin storage by minute",
      `/v1/metrics/prod-events?set=storage&interval=minute&${range}`,
      DEMO_TOKEN,
      422,
      "invalid",
    ],
    [
      "stream storage by hour",
      `/v1/metrics/prod-events/x?set=storage&interval=hour&${range}`,
      DEMO_TOKEN,
      422,
      "invalid",
    ],
    [
      "basin outside prefix scope",
      `/v1/metrics/analytics-raw?set=storage&${range}`,
      "prod-only",
      403,
      "permission_denied",
    ],
    ["operation not allowed", `/v1/metrics?set=account-ops&${range}`, "prod-only", 403, "permission_denied"],
    [
      "stream outside exact scope",
      `/v1/metrics/prod-events/mine?set=storage&${range}`,
      "one-stream",
      403,
      "permission_denied",
    ],
    ["list streams of unknown basin", "/v1/streams", DEMO_TOKEN, 404, "basin_not_found"],
    ["limit over 1000", "/v1/basins?limit=1001", DEMO_TOKEN, 400, "bad_query"],
    ["start_after before prefix", "/v1/basins?prefix=prod&start_after=a", DEMO_TOKEN, 400, "bad_query"],
    ["unknown endpoint", "/v2/whatever", DEMO_TOKEN, 404, "not_found"],
  ];

  it.each(cases)("%s -> %i", async (_name, path, token, status, code) => {
    const headers: Record<string, string> = path === "/v1/streams" ? { "s2-basin": "no-such-basin" } : {};
    const res = await get(path, token, headers);
    expect(res.status).toBe(status);
    const body = errorInfoSchema.strict().parse(res.body);
    expect(body.code).toBe(code);
    expect(body.message.length).toBeGreaterThan(10);
  });

  it("names what to fix in the message", async () => {
    const res = await get(`/v1/metrics/prod-events?set=storage&interval=minute&${range}`);
    expect((res.body as { message: string }).message).toMatch(/use hour/);
  });
});

describe("answers", () => {
  it("answers every set at every level with S2's shape", async () => {
    const paths = [
      ...["active-basins", "account-ops"].map((s) => `/v1/metrics?set=${s}`),
      ...["storage", "append-ops", "read-ops", "read-throughput", "append-throughput", "basin-ops"].map(
        (s) => `/v1/metrics/prod-events?set=${s}`,
      ),
      "/v1/metrics/prod-events/a%2Fb%20c?set=storage",
    ];
    for (const path of paths) {
      const res = await get(`${path}&${range}`);
      expect(res.status, path).toBe(200);
      expect(metricSetResponseSchema.safeParse(res.body).success, path).toBe(true);
    }
  });

  it("decodes a percent-encoded stream name and returns its gauge by minute", async () => {
    const res = await get(`/v1/metrics/prod-events/a%2Fb%20c?set=storage&start=${NOW - 120}&end=${NOW}`);
    expect(res.body).toEqual({
      values: [
        {
          gauge: {
            name: "metered_size",
            unit: "bytes",
            values: [
              [NOW - 120, 1024],
              [NOW - 60, 1024],
            ],
          },
        },
      ],
    });
  });

  it("keeps a recorded zero and leaves out empty buckets", async () => {
    const res = await get(`/v1/metrics/prod-events?set=read-ops&interval=hour&${range}`);
    expect(res.body).toEqual({
      values: [
        { accumulation: { name: "unary", unit: "operations", interval: "hour", values: [[NOW - 3_600, 0]] } },
        { accumulation: { name: "streaming", unit: "operations", interval: "hour", values: [] } },
      ],
    });
  });

  it("names each basin's location, in S2's current listing shape", async () => {
    const basins = await get("/v1/basins", DEMO_TOKEN);
    const raw = basins.body as { basins: Record<string, unknown>[] };
    expect(raw.basins.map((b) => b.location)).toEqual(["local:embedded", "local:embedded"]);
    expect(raw.basins.every((b) => !("scope" in b))).toBe(true);
  });

  it("filters listings and active basins to the token's scope", async () => {
    const basins = await get("/v1/basins", "prod-only");
    expect(basins.body).toMatchObject({ basins: [{ name: "prod-events" }], has_more: false });
    const streams = await get("/v1/streams?prefix=a", DEMO_TOKEN, { "s2-basin": "prod-events" });
    expect(listStreamsResponseSchema.parse(streams.body).streams.map((s) => s.name)).toEqual(["a/b c"]);
  });
});
