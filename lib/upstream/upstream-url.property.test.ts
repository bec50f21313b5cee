import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, it } from "vitest";
import { BASIN_NAME_PATTERN } from "@/lib/s2/contract";
import { hostileText } from "@/lib/testing/hostile-input";
import { basinTarget, upstreamUrl } from "./upstream-url";

/**
 * The URL builder behind every upstream call, against 10,000 generated names and query values: the
 * result stays on the configured host, under `/v1/`, with each name as exactly one segment that decodes
 * back to it, and with only the query parameters given. Anything it cannot do that with, it refuses.
 */

const RUNS = 10_000;
const BASE = "https://aws.s2.test";
// A name that cannot be a URL segment at all (a lone surrogate) is refused by the route's schema first.
const isWellFormed = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};
const name = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), hostileText).filter(isWellFormed);

describe("upstreamUrl, given 10,000 generated names", () => {
  it("keeps the host, the /v1 root and one segment per name, or refuses", () => {
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 3 }),
        fc.dictionary(name, name, { maxKeys: 3 }),
        (segments, query) => {
          let url: URL;
          try {
            url = upstreamUrl(BASE, segments, query);
          } catch (error) {
            assert.ok(
              segments.some((s) => s === "" || s === "." || s === ".."),
              String(error),
            );
            return;
          }
          assert.equal(url.origin, BASE);
          const parts = url.pathname.split("/").slice(1);
          assert.equal(parts[0], "v1");
          assert.deepEqual(parts.slice(1).map(decodeURIComponent), segments);
          assert.equal(new URL(url.href).pathname, url.pathname);
          for (const key of url.searchParams.keys()) assert.ok(Object.hasOwn(query, key));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("basinTarget, given 10,000 generated basin names", () => {
  it("puts only a valid basin name into a host, and exactly as the basin's own label", () => {
    const basin = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{6,46}[a-z0-9]$/), hostileText);
    fc.assert(
      fc.property(basin, (b) => {
        let base: string;
        try {
          base = basinTarget("https://{basin}.b.s2.test", b).base;
        } catch {
          assert.ok(!BASIN_NAME_PATTERN.test(b));
          return;
        }
        assert.match(b, BASIN_NAME_PATTERN);
        assert.equal(base, `https://${b}.b.s2.test`);
        const header = basinTarget(BASE, b);
        assert.deepEqual(header, { base: BASE, basinHeader: b });
      }),
      { numRuns: RUNS },
    );
  });
});
