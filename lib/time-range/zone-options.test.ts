import { describe, expect, it } from "vitest";
import { filterZones, supportedZones, zoneOptions } from "./zone-options";

const NOW = Date.UTC(2025, 0, 15) / 1000;
const options = zoneOptions(supportedZones(), "Europe/Paris", NOW);

describe("zoneOptions", () => {
  it("lists Local and UTC first, then every IANA zone with its offset", () => {
    expect(options.slice(0, 2)).toEqual([
      { value: "local", label: "Local (Europe/Paris)", offset: "UTC+1" },
      { value: "utc", label: "UTC", offset: "UTC" },
    ]);
    expect(options.length).toBeGreaterThan(300);
    expect(options.find((o) => o.value === "Asia/Tokyo")?.offset).toBe("UTC+9");
  });

  it("keeps a chosen alias the engine does not list", () => {
    const withAlias = zoneOptions(["Europe/Berlin"], "UTC", NOW, "Asia/Kolkata");
    expect(withAlias.map((o) => o.value)).toEqual(["local", "utc", "Asia/Kolkata", "Europe/Berlin"]);
  });
});

describe("filterZones", () => {
  it("finds a city typed with spaces, in any case, city matches first", () => {
    expect(filterZones(options, "new york")[0]?.value).toBe("America/New_York");
    expect(filterZones(options, "BERLIN").map((o) => o.value)).toEqual(["Europe/Berlin"]);
  });

  it("finds zones by offset, and by several words", () => {
    const plusNine = filterZones(options, "utc+9").map((o) => o.value);
    expect(plusNine).toContain("Asia/Tokyo");
    expect(plusNine).not.toContain("Europe/Berlin");
    expect(filterZones(options, "+5:30").map((o) => o.value)).toContain("Asia/Calcutta");
    expect(filterZones(options, "europe lon").map((o) => o.value)).toEqual(["Europe/London"]);
  });

  it("gives the whole list for an empty query and nothing for nonsense", () => {
    expect(filterZones(options, "  ")).toHaveLength(options.length);
    expect(filterZones(options, "atlantis")).toEqual([]);
  });
});
