import { describe, expect, it } from "vitest";
import { DEVICE_READINGS_EVERY } from "./coarse";
import { createWorkload } from "./index";
import { DAY, HOUR, utcSeconds } from "./time";

// A day on which the hour tier reads the fleet's devices (epoch days divisible by 3).
const FROM = utcSeconds(2026, 3, 9) - (utcSeconds(2026, 3, 9) % DEVICE_READINGS_EVERY);
const TO = FROM + 2 * DAY;

describe("the hour tier of the history", () => {
  const workload = createWorkload();
  const hours = workload.generateHours(FROM, TO);

  it("stamps every row on the hour, with fleet devices read every third day", () => {
    expect(hours.counters.every((c) => c.ts % HOUR === 0)).toBe(true);
    expect(hours.gauges.every((g) => g.ts % HOUR === 0)).toBe(true);
    const device = hours.gauges.filter((g) => g.stream === "device-0002");
    expect(device.map((g) => g.ts)).toEqual([FROM]);
    const basin = hours.gauges.filter((g) => g.basin === "prod-events" && g.stream === null);
    expect(basin).toHaveLength(48);
  });

  it("is the same whether generated whole or split at any hour", () => {
    const split = FROM + 17 * HOUR;
    const a = workload.generateHours(FROM, split);
    const b = createWorkload().generateHours(split, TO);
    expect([...a.counters, ...b.counters]).toEqual(hours.counters);
    expect([...a.gauges, ...b.gauges]).toEqual(hours.gauges);
  });

  it("samples the minute simulation closely: a day's appended bytes within 15% of the minute total", () => {
    const minutes = workload.generate(FROM, FROM + DAY);
    const sum = (rows: typeof minutes.counters, basin: string) =>
      rows
        .filter((c) => c.basin === basin && c.set === "append-throughput" && c.ts < FROM + DAY)
        .reduce((s, c) => s + c.value, 0);
    for (const basin of ["prod-events", "iot-telemetry", "fleet-sensors"]) {
      const ratio = sum(hours.counters, basin) / sum(minutes.counters, basin);
      expect(ratio, basin).toBeGreaterThan(0.85);
      expect(ratio, basin).toBeLessThan(1.15);
    }
  });

  it("refuses ranges that are not whole hours", () => {
    expect(() => workload.generateHours(FROM + 60, TO)).toThrow(RangeError);
    expect(() => workload.generateHours(TO, FROM)).toThrow(RangeError);
  });
});
