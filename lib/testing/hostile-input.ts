import fc from "fast-check";

/**
 * fast-check generators of the input a hostile or broken client sends, for the property tests of every
 * parser (the dashboard's routes and the local backend's): odd and huge numbers, unicode, percent-encoded
 * `/` and dot segments, control characters, URLs of other hosts, very long values. Mixed with valid
 * values, so a property also covers the requests that do reach the upstream.
 */

const TRICKS = [
  "",
  " ",
  ".",
  "..",
  "../",
  "..%2F",
  "%2e%2e",
  "%2E%2E%2F",
  "%2F",
  "/",
  "//evil.example",
  "\\\\evil.example",
  "http://evil.example/",
  "https://evil.example:443/v1/basins",
  "@evil.example",
  "user@evil.example",
  "?set=account-ops",
  "&set=account-ops",
  "#fragment",
  "%",
  "%zz",
  "%00",
  "\u0000",
  "\r\n",
  "\t",
  "\u007f",
  "\u202e",
  "\ufeff",
  "\ud800",
  "😀",
  "é",
  "e\u0301",
  "ｓｅｔ",
  "__proto__",
  "constructor",
  "prototype",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "+1",
  "1e3",
  "1e400",
  "0x10",
  "0b1",
  "0o7",
  "1_000",
  "00",
  "007",
  " 1",
  "1 ",
  "1.0",
  "1.5",
  "-1",
  "9007199254740993",
  "99999999999999999999",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
] as const;

/** Numbers as a client might spell them: huge, negative, fractional, in exponent form. */
export const oddNumberText = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -1, max: 4_000_000_000 }).map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.nat().map((n) => n.toExponential()),
);

/** A string a hostile client might put anywhere. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: oddNumberText },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...TRICKS), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 20_000 }).map((n) => "a".repeat(n)) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: "binary", maxLength: 12 })
      .map((s) =>
        Array.from(new TextEncoder().encode(s), (b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
      ),
  },
);

/** Mostly `valid`, often hostile: the mix that exercises both refusals and forwarded requests. */
export function validOrHostile(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: hostileText });
}

/** `arbitrary` about one time in nine, else null. */
export function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** Percent-encodes like a browser's form encoding; never throws (a lone surrogate becomes U+FFFD). */
export const formEncode = (s: string) => new URLSearchParams([["", s]]).toString().slice(1);

/** A query string, raw or percent-encoded, possibly repeating a parameter or adding unknown ones. */
export function hostileQuery(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(params);
  const known = fc.record(
    Object.fromEntries(names.map((n) => [n, fc.option(params[n] as fc.Arbitrary<string>)])),
  );
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), hostileText), hostileText), {
    maxLength: 2,
  });
  return fc
    .tuple(
      known,
      fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extra }),
      fc.boolean(),
    )
    .map(([values, more, encode]) => {
      const pairs: [string, string][] = [];
      for (const name of names) {
        const value = values[name];
        if (value !== null && value !== undefined) pairs.push([name, value]);
      }
      pairs.push(...(more as [string, string][]));
      return pairs.map(([k, v]) => (encode ? `${formEncode(k)}=${formEncode(v)}` : `${k}=${v}`)).join("&");
    });
}

/**
 * A query built from valid values with at most one of them swapped for hostile text (and sometimes a
 * parameter repeated): the requests that get furthest into a parser before something is wrong.
 */
export function nearlyValidQuery(valid: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<string> {
  return fc
    .tuple(valid, fc.option(fc.tuple(fc.nat(), hostileText), { freq: 1 }), rarely(fc.nat()), fc.boolean())
    .map(([values, swap, repeat, encode]) => {
      const pairs = Object.entries(values);
      if (swap !== null && pairs.length > 0) {
        const [at, text] = swap;
        const pair = pairs[at % pairs.length] as [string, string];
        pair[1] = text;
      }
      if (repeat !== null && pairs.length > 0) pairs.push(pairs[repeat % pairs.length] as [string, string]);
      return pairs.map(([k, v]) => (encode ? `${formEncode(k)}=${formEncode(v)}` : `${k}=${v}`)).join("&");
    });
}
