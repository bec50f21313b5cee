import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config/config-error";
import { priceListFromConfig } from "./price-config";
import { parsePriceList, priceListProblems } from "./price-list";

const noFile = () => {
  throw new Error("no file expected");
};

describe("price list schema", () => {
  it("accepts a currency alone (every price is optional)", () => {
    expect(parsePriceList({ currency: "USD" })).toEqual({ ok: true, prices: { currency: "USD" } });
  });

  it("names each bad field", () => {
    const problems = priceListProblems({
      currency: "dollars",
      storagePerGiBMonth: { standard: -1, express: "0.2" },
      readPerGiB: Number.POSITIVE_INFINITY,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^currency: .*ISO 4217/),
        expect.stringMatching(/^storagePerGiBMonth\.standard: must not be negative/),
        expect.stringMatching(/^storagePerGiBMonth\.express: must be a number/),
        expect.stringMatching(/^readPerGiB: /),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it("names a missing currency and refuses unknown fields, so a typo is not a silently missing price", () => {
    expect(priceListProblems({})).toEqual(["currency: must be a currency code such as USD"]);
    expect(priceListProblems({ currency: "USD", readPerGib: 0.1 })).toEqual(["readPerGib: unknown field"]);
    expect(priceListProblems({ currency: "USD", appendedPerGiB: { premium: 1 } })).toEqual([
      "appendedPerGiB.premium: unknown field",
    ]);
    expect(priceListProblems(["USD"])[0]).toMatch(/^\(price list\): /);
  });

  it("keeps the note out of the parsed list", () => {
    expect(parsePriceList({ $comment: "examples", currency: "EUR", readPerGiB: 0 })).toEqual({
      ok: true,
      prices: { currency: "EUR", readPerGiB: 0 },
    });
  });
});

describe("priceListFromConfig", () => {
  it("is null when no price list is configured", () => {
    expect(priceListFromConfig({ inline: null, file: null }, noFile)).toBeNull();
  });

  it("reads inline JSON from S2_PRICES", () => {
    const prices = priceListFromConfig(
      { inline: '{"currency":"USD","readPerGiB":0.05}', file: null },
      noFile,
    );
    expect(prices).toEqual({ currency: "USD", readPerGiB: 0.05 });
  });

  it("reads the file S2_PRICES_FILE names", () => {
    const prices = priceListFromConfig({ inline: null, file: "/etc/prices.json" }, (file) =>
      file === "/etc/prices.json" ? '{"currency":"GBP"}' : "",
    );
    expect(prices).toEqual({ currency: "GBP" });
  });

  it("parses the shipped example file", () => {
    const file = path.join(import.meta.dirname, "prices.example.json");
    const prices = priceListFromConfig({ inline: null, file }, (f) => readFileSync(f, "utf8"));
    expect(prices?.currency).toBe("USD");
    expect(prices?.storagePerGiBMonth?.default).toBeTypeOf("number");
  });

  it("says which variable and which field are wrong", () => {
    const bad = () =>
      priceListFromConfig({ inline: '{"currency":"USD","readPerGiB":-2}', file: null }, noFile);
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/^S2_PRICES: invalid price list: readPerGiB: must not be negative$/);
    expect(() => priceListFromConfig({ inline: "{currency:", file: null }, noFile)).toThrow(
      /^S2_PRICES: not valid JSON/,
    );
    const missing = () =>
      priceListFromConfig({ inline: null, file: "/nope.json" }, () => {
        throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      });
    expect(missing).toThrow(/^S2_PRICES_FILE \(\/nope\.json\): cannot read the file \(ENOENT\)$/);
    expect(() => priceListFromConfig({ inline: "{}", file: "/x.json" }, noFile)).toThrow(/both set/);
  });
});
