import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnoseOrigin, frameAncestorsSource, normaliseOrigin, parseAllowlist } from "./allowed-origins";

describe("normaliseOrigin", () => {
  it.each([
    ["https://portal.example", "https://portal.example"],
    ["https://PORTAL.Example", "https://portal.example"],
    ["https://portal.example:443", "https://portal.example"],
    ["http://portal.example:80", "http://portal.example"],
    ["https://portal.example:8443", "https://portal.example:8443"],
    ["https://portal.example/", "https://portal.example"],
    ["  http://127.0.0.1:4400  ", "http://127.0.0.1:4400"],
    ["http://[::1]:4400", "http://[::1]:4400"],
  ])("reads %j as %j", (input, origin) => {
    expect(normaliseOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ["", /empty/],
    ["*", /wildcard/],
    ["https://*.portal.example", /wildcard/],
    ["null", /null/],
    ["portal.example", /not an origin/],
    ["https://portal.example/intranet", /no path/],
    ["https://portal.example/?x=1", /no path/],
    ["https://portal.example/#top", /no path/],
    ["https://user:pw@portal.example", /user name/],
    ["ftp://portal.example", /scheme ftp/],
    ["javascript:alert(1)", /scheme javascript/],
  ])("refuses %j", (input, reason) => {
    const result = normaliseOrigin(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(reason);
  });

  it("yields a value that is safe inside a CSP header (no separators or spaces)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (input) => {
        const result = normaliseOrigin(input);
        if (result.ok) expect(result.origin).toMatch(/^https?:\/\/[^\s;,'"]+$/);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("parseAllowlist", () => {
  it("keeps valid origins once, in order, and reports the rest", () => {
    const list = parseAllowlist([
      "https://a.example",
      "https://b.example/path",
      "https://A.example:443",
      "*",
      "http://127.0.0.1:4400",
    ]);
    expect(list.origins).toEqual(["https://a.example", "http://127.0.0.1:4400"]);
    expect(list.problems.map((p) => p.entry)).toEqual(["https://b.example/path", "*"]);
  });

  it("turns into frame-ancestors: the origins, or 'none' when there are none", () => {
    expect(frameAncestorsSource(parseAllowlist(["https://a.example", "http://127.0.0.1:4400"]))).toBe(
      "https://a.example http://127.0.0.1:4400",
    );
    expect(frameAncestorsSource(parseAllowlist([]))).toBe("'none'");
    expect(frameAncestorsSource(parseAllowlist(["*", "https://x.example/p"]))).toBe("'none'");
  });
});

describe("diagnoseOrigin's verdict", () => {
  const list = parseAllowlist(["http://127.0.0.1:4400", "https://portal.example"]);

  it("matches exactly after normalisation", () => {
    expect(diagnoseOrigin("http://127.0.0.1:4400", list).allowed).toBe(true);
    expect(diagnoseOrigin("https://PORTAL.example:443", list).allowed).toBe(true);
  });

  it.each([
    "http://localhost:4400",
    "http://127.0.0.1:4401",
    "https://127.0.0.1:4400",
    "https://evil.portal.example",
    "https://portal.example.evil",
    "https://portal.example/path",
    "null",
    "",
  ])("refuses %j", (origin) => {
    expect(diagnoseOrigin(origin, list).allowed).toBe(false);
  });
});

describe("diagnoseOrigin", () => {
  const list = parseAllowlist(["https://portal.example", "http://127.0.0.1:4400"]);

  it("says an allowed origin is allowed, and how it was compared", () => {
    const d = diagnoseOrigin("https://Portal.example:443", list);
    expect(d).toMatchObject({ allowed: true, normalised: "https://portal.example" });
    expect(d.reason).toMatch(/compared as https:\/\/portal\.example/);
  });

  it("points at the near miss when only the scheme or port differs", () => {
    const d = diagnoseOrigin("http://portal.example", list);
    expect(d).toMatchObject({ allowed: false, nearMisses: ["https://portal.example"] });
    expect(d.reason).toMatch(/must match exactly/);
  });

  it("tells localhost and 127.0.0.1 apart", () => {
    expect(diagnoseOrigin("http://localhost:4400", list)).toMatchObject({ allowed: false, nearMisses: [] });
  });

  it("explains an input that is no origin, and a dashboard with embedding off", () => {
    expect(diagnoseOrigin("https://portal.example/intranet", list)).toMatchObject({
      allowed: false,
      normalised: null,
    });
    expect(diagnoseOrigin("https://portal.example", parseAllowlist([])).reason).toMatch(/Embedding is off/);
  });
});
