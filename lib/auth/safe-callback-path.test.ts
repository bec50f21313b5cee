import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it.each([
    ["/", "/"],
    ["/basins/prod-events", "/basins/prod-events"],
    ["/basins/prod-events?range=24h&tz=UTC#chart", "/basins/prod-events?range=24h&tz=UTC#chart"],
    ["/basins/prod-events/streams/a%2Fb", "/basins/prod-events/streams/a%2Fb"],
    ["/a/../b", "/b"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    ["//evil.example"],
    ["//evil.example/path"],
    ["https://evil.example"],
    ["http://127.0.0.1:3100/basins"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/.//evil.example"],
    ["/..//evil.example"],
    ["javascript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["evil.example"],
    [" /basins"],
    [""],
    ["/".padEnd(3_000, "a")],
  ])("refuses %j", (input) => {
    expect(safeCallbackPath(input)).toBe("/");
  });

  it("refuses values that are not strings", () => {
    for (const input of [undefined, null, 42, ["/basins"], { path: "/" }])
      expect(safeCallbackPath(input)).toBe("/");
  });

  it("always yields a path that stays on the site it is resolved against", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `/${s}`),
        ),
        (input) => {
          const path = safeCallbackPath(input);
          expect(path.startsWith("/")).toBe(true);
          expect(path.startsWith("//")).toBe(false);
          expect(new URL(path, "https://dash.example").origin).toBe("https://dash.example");
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
