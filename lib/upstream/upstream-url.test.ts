import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basinTarget, pathSegment, upstreamUrl } from "./upstream-url";

const BASE = "http://127.0.0.1:4243";

describe("upstreamUrl", () => {
  it("percent-encodes a stream name so that it stays one path segment", () => {
    expect(upstreamUrl(BASE, ["metrics", "prod-events", "a/b c"]).pathname).toBe(
      "/v1/metrics/prod-events/a%2Fb%20c",
    );
    expect(upstreamUrl(BASE, ["metrics", "prod-events", "../x"]).pathname).toBe(
      "/v1/metrics/prod-events/..%2Fx",
    );
    expect(upstreamUrl(BASE, ["metrics", "prod-events", "q?set=x#f"]).href).toBe(
      `${BASE}/v1/metrics/prod-events/q%3Fset%3Dx%23f`,
    );
  });

  it("refuses the segments a URL parser would resolve away", () => {
    for (const segment of ["", ".", ".."]) expect(() => pathSegment(segment)).toThrow();
  });

  it("keeps query values in the given order and drops empty filters", () => {
    const url = upstreamUrl(BASE, ["basins"], { prefix: "", start_after: "a-b", limit: 5 });
    expect(url.search).toBe("?start_after=a-b&limit=5");
  });

  it("never lets any stream name change the host, the path prefix, or the query", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((s) => s !== "." && s !== ".."),
        (stream) => {
          const url = upstreamUrl(BASE, ["metrics", "prod-events", stream], { set: "storage" });
          expect(url.origin).toBe(BASE);
          expect(url.search).toBe("?set=storage");
          const segments = url.pathname.split("/");
          expect(segments.slice(0, 4)).toEqual(["", "v1", "metrics", "prod-events"]);
          expect(segments).toHaveLength(5);
          expect(decodeURIComponent(segments[4] ?? "")).toBe(stream);
        },
      ),
    );
  });
});

describe("basinTarget", () => {
  it("puts the basin into the host when the endpoint names {basin}, as real S2 does", () => {
    expect(basinTarget("https://{basin}.b.s2.dev", "prod-events")).toEqual({
      base: "https://prod-events.b.s2.dev",
      basinHeader: null,
    });
  });

  it("names the basin with the s2-basin header on a single-host backend", () => {
    expect(basinTarget(BASE, "prod-events")).toEqual({ base: BASE, basinHeader: "prod-events" });
  });

  it("refuses a basin name that is not a valid host label", () => {
    for (const basin of ["evil.com/x", "a", "Prod-events", "x@evil.example"]) {
      expect(() => basinTarget("https://{basin}.b.s2.dev", basin)).toThrow();
    }
  });
});
