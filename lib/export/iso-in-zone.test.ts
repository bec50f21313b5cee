import { describe, expect, it } from "vitest";
import { isoInZone } from "./iso-in-zone";

const at = (iso: string) => Date.parse(iso) / 1000;

describe("isoInZone", () => {
  it("prints UTC with an explicit +00:00 offset", () => {
    expect(isoInZone(at("2026-11-01T00:00:00Z"), "UTC")).toBe("2026-11-01T00:00:00+00:00");
  });

  it("tells apart the two 01:00s of New York's 2026 fall-back by their offsets", () => {
    expect(isoInZone(at("2026-11-01T05:00:00Z"), "America/New_York")).toBe("2026-11-01T01:00:00-04:00");
    expect(isoInZone(at("2026-11-01T06:00:00Z"), "America/New_York")).toBe("2026-11-01T01:00:00-05:00");
  });

  it("keeps half-hour offsets and seconds", () => {
    expect(isoInZone(at("2026-03-01T12:00:07Z"), "Asia/Kolkata")).toBe("2026-03-01T17:30:07+05:30");
  });

  it("round-trips through Date.parse", () => {
    const t = at("2026-07-14T23:59:00Z");
    for (const zone of ["UTC", "Europe/Paris", "Pacific/Chatham", "America/St_Johns"]) {
      expect(Date.parse(isoInZone(t, zone)) / 1000).toBe(t);
    }
  });
});

describe("isoInZone across a year of transitions", () => {
  it("agrees with the zone's wall clock at every quarter hour around each change", async () => {
    const { zonedParts, zoneOffsetSeconds } = await import("@/lib/format/time-zone");
    const zones = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"];
    const begin = at("2026-01-01T00:00:00Z");
    for (const zone of zones) {
      for (let t = begin; t < begin + 365 * 86_400; t += 3 * 3_600 + 7 * 60) {
        const p = zonedParts(t, zone);
        const offset = zoneOffsetSeconds(t, zone);
        const iso = isoInZone(t, zone);
        expect(iso.slice(0, 16)).toBe(
          `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}T${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`,
        );
        expect(Date.parse(iso) / 1000).toBe(t);
        expect(offset).toBe(Date.parse(`${iso.slice(0, 19)}Z`) / 1000 - t);
      }
    }
  });
});
