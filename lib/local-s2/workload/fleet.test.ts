import { describe, expect, it } from "vitest";
import { buildFleet, deviceLevelAt, FLEET_BASIN } from "./fleet";
import { createWorkload } from "./index";
import { ANCHOR, DAY, HOUR, MINUTE, utcSeconds } from "./time";

const NOW = utcSeconds(2026, 11, 22);

describe("the fleet-sensors basin", () => {
  const fleet = buildFleet(1);

  it("has 2,000 devices named device-0001..device-2000, created on the hour, the same for every seed", () => {
    const names = fleet.devices.map((d) => d.name).sort();
    expect(names).toHaveLength(2_000);
    expect(names[0]).toBe("device-0001");
    expect(names.at(-1)).toBe("device-2000");
    for (const d of fleet.devices) expect(d.createdAt % HOUR).toBe(0);
    expect(buildFleet(2).devices.map((d) => [d.name, d.createdAt])).toEqual(
      fleet.devices.map((d) => [d.name, d.createdAt]),
    );
    // Most date from the account's opening; the rest joined over the year, so the fleet grows.
    const late = fleet.devices.filter((d) => d.createdAt > ANCHOR);
    expect(late.length).toBeGreaterThan(500);
    expect(late.length).toBeLessThan(1_200);
  });

  it("spreads storage over orders of magnitude, with idle devices holding a constant level", () => {
    const levels = fleet.devices.map((d) => deviceLevelAt(d, NOW)).filter((v) => v > 0);
    expect(Math.max(...levels) / Math.min(...levels)).toBeGreaterThan(1_000);
    const idle = fleet.devices.filter((d) => d.bytesPerMinute === 0);
    expect(idle.length).toBeGreaterThan(100);
    for (const d of idle.slice(0, 20)) expect(deviceLevelAt(d, NOW)).toBe(deviceLevelAt(d, NOW - 5 * DAY));
  });

  it("grows a device's level by its bytes each minute and drops one day at its trim hour", () => {
    const d = fleet.devices.find((x) => x.bytesPerMinute > 0 && x.createdAt === ANCHOR && x.trimHour === 5);
    if (!d) throw new Error("no such device");
    const trim = NOW + 5 * HOUR;
    expect(deviceLevelAt(d, trim - MINUTE) - deviceLevelAt(d, trim - 2 * MINUTE)).toBe(d.bytesPerMinute);
    expect(deviceLevelAt(d, trim - MINUTE) - deviceLevelAt(d, trim)).toBe(d.bytesPerMinute * (1_440 - 1));
    expect(deviceLevelAt(d, trim)).toBe(d.bytesPerMinute * d.retentionDays * 1_440);
    expect(deviceLevelAt(d, d.createdAt - HOUR)).toBe(0);
  });

  it("records the basin's appends as the sum over its active devices, and its storage as the sum of their levels", () => {
    const hour = NOW + 3 * HOUR;
    const batch = createWorkload({ seed: 1 }).generate(hour, hour + 2 * MINUTE);
    const alive = fleet.devices.filter((d) => d.createdAt <= hour);
    const bytes = batch.counters.find(
      (c) => c.ts === hour && c.basin === FLEET_BASIN && c.set === "append-throughput",
    );
    expect(bytes?.value).toBe(alive.reduce((s, d) => s + d.bytesPerMinute, 0));
    const readings = batch.gauges.filter((g) => g.basin === FLEET_BASIN && g.ts === hour);
    const devices = readings.filter((g) => g.stream !== null);
    expect(devices).toHaveLength(alive.length);
    const basin = readings.find((g) => g.stream === null);
    expect(basin?.value).toBe(devices.reduce((s, g) => s + g.value, 0));
  });
});
