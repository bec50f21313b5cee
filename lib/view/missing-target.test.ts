import { describe, expect, it } from "vitest";
import { missingTargetFromPath } from "./missing-target";

describe("missingTargetFromPath", () => {
  it("reads a basin path and a stream path, decoding the stream's one segment", () => {
    expect(missingTargetFromPath("/basins/prod-evnts")).toEqual({ basin: "prod-evnts" });
    expect(missingTargetFromPath("/basins/prod-events/streams/orders%2Feu-wst")).toEqual({
      basin: "prod-events",
      stream: "orders/eu-wst",
    });
    expect(missingTargetFromPath("/basins/prod-events/streams/%E8%BF%BD%E8%B8%AA")).toEqual({
      basin: "prod-events",
      stream: "追踪",
    });
  });

  it("names nothing for other paths, names S2 could not hold, and broken encodings", () => {
    for (const path of [
      null,
      "/",
      "/embeds",
      "/basins/NOT_A_NAME",
      "/basins/short",
      "/basins/prod-events/streams/%E0%A4%A",
      "/basins/prod-events/streams/..",
      "/basins/prod-events/other/x",
    ]) {
      expect(missingTargetFromPath(path)).toBeNull();
    }
  });
});
