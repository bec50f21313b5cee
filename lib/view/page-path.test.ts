import { describe, expect, it } from "vitest";
import { pagePath } from "./page-path";

describe("pagePath", () => {
  it("rebuilds the query, repeated values included", () => {
    expect(pagePath("/", {})).toBe("/");
    expect(pagePath("/basins/prod-events", { range: "7d", tz: ["utc", "local"], x: undefined })).toBe(
      "/basins/prod-events?range=7d&tz=utc&tz=local",
    );
  });
});
