import { describe, expect, it } from "vitest";
import { basinHref, streamHref } from "./hrefs";

describe("view links", () => {
  it("keep any stream name in one path segment and carry the window", () => {
    expect(basinHref("prod-events")).toBe("/basins/prod-events");
    expect(streamHref("prod-events", "orders/eu west", "?range=7d")).toBe(
      "/basins/prod-events/streams/orders%2Feu%20west?range=7d",
    );
    expect(streamHref("iot-telemetry", "fleet/gps-追踪")).toBe(
      "/basins/iot-telemetry/streams/fleet%2Fgps-%E8%BF%BD%E8%B8%AA",
    );
  });
});
