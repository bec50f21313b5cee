import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error";
import { resolveS2Endpoints } from "./endpoints";

const LOCAL = "http://127.0.0.1:4243";

describe("resolveS2Endpoints", () => {
  it("uses the embedded backend for both when nothing is configured", () => {
    expect(resolveS2Endpoints({ localS2Url: `${LOCAL}/` })).toEqual({
      kind: "embedded",
      accountEndpoint: LOCAL,
      basinEndpoint: LOCAL,
    });
  });

  it("derives {basin}.b.s2.dev for S2's account endpoint, as the official SDK does", () => {
    expect(resolveS2Endpoints({ account: "https://a.s2.dev", localS2Url: LOCAL })).toEqual({
      kind: "s2",
      accountEndpoint: "https://a.s2.dev",
      basinEndpoint: "https://{basin}.b.s2.dev",
    });
  });

  it("derives the per-cloud basin host for the older aws.s2.dev", () => {
    expect(resolveS2Endpoints({ account: "https://aws.s2.dev/", localS2Url: LOCAL }).basinEndpoint).toBe(
      "https://{basin}.b.aws.s2.dev",
    );
  });

  it("uses the account endpoint (and so the s2-basin header) for a single-host backend", () => {
    expect(resolveS2Endpoints({ account: "http://10.0.0.5:8080", localS2Url: LOCAL })).toEqual({
      kind: "single-host",
      accountEndpoint: "http://10.0.0.5:8080",
      basinEndpoint: "http://10.0.0.5:8080",
    });
  });

  it("keeps a consistent explicit pair", () => {
    expect(
      resolveS2Endpoints({
        account: "https://a.s2.dev",
        basin: "https://{basin}.b.s2.dev",
        localS2Url: LOCAL,
      }),
    ).toMatchObject({ kind: "s2", basinEndpoint: "https://{basin}.b.s2.dev" });
    expect(resolveS2Endpoints({ account: LOCAL, basin: LOCAL, localS2Url: LOCAL })).toMatchObject({
      kind: "single-host",
      basinEndpoint: LOCAL,
    });
  });

  it.each([
    ["S2 account, embedded basins", { account: "https://a.s2.dev", basin: LOCAL }],
    ["S2 account, another single host", { account: "https://a.s2.dev", basin: "http://10.0.0.5:8080" }],
    [
      "single host account, S2 basins",
      { account: "http://10.0.0.5:8080", basin: "https://{basin}.b.s2.dev" },
    ],
    ["two different single hosts", { account: "http://10.0.0.5:8080", basin: LOCAL }],
    ["basins without an account endpoint", { basin: "https://{basin}.b.s2.dev" }],
  ])("refuses a mixed configuration: %s", (_label, settings) => {
    expect(() => resolveS2Endpoints({ ...settings, localS2Url: LOCAL })).toThrow(ConfigError);
    expect(() => resolveS2Endpoints({ ...settings, localS2Url: LOCAL })).toThrow(/S2_BASIN_ENDPOINT/);
  });

  it("never routes to the embedded backend once an S2 account endpoint is set", () => {
    const cloud = fc.oneof(fc.constant("a"), fc.constantFrom("aws", "gcp", "azure"));
    fc.assert(
      fc.property(cloud, fc.boolean(), fc.integer({ min: 1, max: 65_535 }), (label, slash, port) => {
        const localS2Url = `http://127.0.0.1:${port}`;
        const endpoints = resolveS2Endpoints({
          account: `https://${label}.s2.dev${slash ? "/" : ""}`,
          localS2Url,
        });
        expect(endpoints.basinEndpoint).not.toContain("127.0.0.1");
        expect(endpoints.accountEndpoint).not.toContain("127.0.0.1");
        expect(endpoints.basinEndpoint).toMatch(/^https:\/\/\{basin\}\.b\.([a-z]+\.)?s2\.dev$/);
      }),
    );
  });
});
