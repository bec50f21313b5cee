import { beforeAll, describe, expect, it } from "vitest";
import type { RecordBatch } from "@/lib/local-s2/records";
import { FLEET_BASIN } from "./fleet";
import {
  ANCHOR,
  createWorkload,
  DELETED_STREAM_DELETED_AT,
  LEGACY_BATCH_DELETED_AT,
  RECENT_STREAM_CREATED_AT,
} from "./index";
import { DAY, HOUR, METER_TICK, utcHourOf, utcSeconds } from "./time";

const NOW = utcSeconds(2026, 11, 22);
// A week that holds a weekend, the deletion (Nov 10) and the recent creation (Nov 15).
const FROM = utcSeconds(2026, 11, 8);
const TO = utcSeconds(2026, 11, 16);

describe("workload catalog", () => {
  const { basins, streams } = createWorkload().catalog(NOW);

  it("has at least four basins with streams, an empty basin and 30 streams", () => {
    const withStreams = new Set(streams.map((s) => s.basin));
    expect(withStreams.size).toBeGreaterThanOrEqual(4);
    expect(basins.filter((b) => !withStreams.has(b.name)).map((b) => b.name)).toEqual(["archive-cold"]);
    expect(streams.filter((s) => s.basin === FLEET_BASIN)).toHaveLength(2_000);
    expect(streams.length).toBeGreaterThanOrEqual(30);
  });

  it("names streams with slashes, spaces and non-ASCII characters", () => {
    const names = streams.map((s) => s.name);
    expect(names).toContain("orders/eu-west");
    expect(names).toContain("click stream");
    expect(names).toContain("données-capteur");
    expect(names.some((n) => /[^\x20-\x7e]/.test(n) && n.includes("/"))).toBe(true);
  });

  it("dates the hand-written entities at the account's opening, 13+ months back, on meter ticks", () => {
    const named = [...basins, ...streams.filter((s) => s.basin !== FLEET_BASIN)];
    const old = named.filter((e) => e.createdAt < NOW - 30 * DAY);
    // All but checkout-v2, created on Nov 15.
    expect(old.length).toBe(named.length - 1);
    for (const e of old) expect(e.createdAt).toBe(ANCHOR);
    expect((NOW - ANCHOR) / DAY).toBeGreaterThanOrEqual(396);
    for (const s of streams) {
      expect(s.createdAt % METER_TICK).toBe(0);
      expect((s.deletedAt ?? 0) % METER_TICK).toBe(0);
    }
  });

  it("shows the deletions and the recent stream only once they happened", () => {
    const deletedAt = (now: number, name: string) =>
      createWorkload()
        .catalog(now)
        .streams.find((s) => s.name === name)?.deletedAt;
    expect(deletedAt(NOW, "legacy-webhooks")).toBe(DELETED_STREAM_DELETED_AT);
    expect(deletedAt(DELETED_STREAM_DELETED_AT - 60, "legacy-webhooks")).toBeNull();
    expect(deletedAt(NOW, "ingest/raw")).toBe(LEGACY_BATCH_DELETED_AT);
    const recent = (now: number) =>
      createWorkload()
        .catalog(now)
        .streams.some((s) => s.name === "checkout-v2");
    expect(recent(RECENT_STREAM_CREATED_AT)).toBe(true);
    expect(recent(RECENT_STREAM_CREATED_AT - 1)).toBe(false);
  });
});

describe("workload traffic", () => {
  let batch: RecordBatch;
  beforeAll(() => {
    batch = createWorkload().generate(FROM, TO);
  });
  const counters = (basin: string | null, set: string) =>
    batch.counters.filter((c) => c.basin === basin && c.set === set);
  const readings = (stream: string) => batch.gauges.filter((g) => g.stream === stream);

  it("leaves the staging basin without appends for whole hours, and busy in others", () => {
    const busyHours = new Set(counters("staging-sandbox", "append-ops").map((c) => Math.floor(c.ts / HOUR)));
    const hours = (TO - FROM) / HOUR;
    expect(busyHours.size).toBeGreaterThan(10);
    expect(busyHours.size).toBeLessThan(hours / 2);
  });

  it("keeps a nightly batch stream idle outside 02:00-03:00 UTC (only hourly and trim readings)", () => {
    const offHour = readings("nightly-export").filter((g) => g.ts % HOUR !== 0);
    expect(offHour.length).toBeGreaterThan(0);
    for (const g of offHour) expect(utcHourOf(g.ts)).toBe(2);
  });

  it("records both storage classes, and recorded zeros distinct from no data", () => {
    for (const basin of ["prod-events", "iot-telemetry"]) {
      const classes = new Set(counters(basin, "append-throughput").map((c) => c.series));
      expect([...classes].sort()).toEqual(["express", "standard"]);
    }
    expect(new Set(counters("analytics-raw", "append-ops").map((c) => c.series))).toEqual(
      new Set(["standard"]),
    );
    expect(
      batch.counters.some((c) => c.set === "append-ops" && c.series === "express" && c.value === 0),
    ).toBe(true);
  });

  it("has several account and basin operation types, and nothing for the empty basin", () => {
    expect(new Set(counters(null, "account-ops").map((c) => c.series)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(counters("prod-events", "basin-ops").map((c) => c.series)).size).toBeGreaterThanOrEqual(6);
    expect(batch.counters.some((c) => c.basin === "archive-cold")).toBe(false);
    const cold = batch.gauges.filter((g) => g.basin === "archive-cold");
    expect(cold.length).toBe((TO - FROM) / HOUR);
    expect(cold.every((g) => g.value === 0 && g.stream === null)).toBe(true);
  });

  it("ends the deleted stream with a single zero reading and no appends after it", () => {
    const after = readings("legacy-webhooks").filter((g) => g.ts >= DELETED_STREAM_DELETED_AT);
    expect(after).toEqual([
      { ts: DELETED_STREAM_DELETED_AT, basin: "prod-events", stream: "legacy-webhooks", value: 0 },
    ]);
    const deletes = counters("prod-events", "basin-ops").filter((c) => c.series === "delete-stream");
    expect(deletes.map((c) => c.ts)).toContain(DELETED_STREAM_DELETED_AT);
  });

  it("starts the recent stream from zero at its creation, with nothing before", () => {
    const own = readings("checkout-v2");
    expect(own[0]).toEqual({
      ts: RECENT_STREAM_CREATED_AT,
      basin: "prod-events",
      stream: "checkout-v2",
      value: 0,
    });
    expect(own.at(-1)?.value).toBeGreaterThan(0);
  });
});
