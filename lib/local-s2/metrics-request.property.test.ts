import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BASIN_NAME_PATTERN,
  FUTURE_SLACK_SECONDS,
  INTERVAL_SECONDS,
  INTERVALS,
  intervalRule,
  type Level,
  MAX_RANGE_SECONDS,
  SETS_BY_LEVEL,
  STREAM_NAME_MAX_BYTES,
} from "@/lib/s2/contract";
import { formEncode, hostileText, nearlyValidQuery, rarely } from "@/lib/testing/hostile-input";
import { S2ApiError } from "./errors";
import { parseMetricsRequest } from "./metrics-request";
import { parseBasinSegment, parseListParams, parseStreamSegment } from "./request-parsing";

/**
 * The local backend's request parsing against 10,000 generated requests per parser: it either answers
 * a request that obeys every rule of the contract, or refuses with S2's 400/422 and `{code, message}`;
 * nothing else ever escapes (a stray TypeError would be a 500).
 */

const RUNS = 10_000;
const NOW = 1_795_305_600;

/** Runs `parse`; returns its value, or null after checking that the failure is one S2 would send. */
function parsedOrRefused<T>(parse: () => T, statuses: readonly number[] = [400, 422]): T | null {
  try {
    return parse();
  } catch (error) {
    assert.ok(error instanceof S2ApiError, `unexpected ${String(error)}`);
    assert.ok(statuses.includes(error.status), `status ${error.status}`);
    assert.ok(["bad_query", "bad_path", "invalid"].includes(error.code), `code ${error.code}`);
    assert.equal(typeof error.message, "string");
    assert.ok(error.message.length < 1_000, "an error message echoes the whole input");
    return null;
  }
}

const basinName = fc.stringMatching(/^[a-z0-9][a-z0-9-]{6,46}[a-z0-9]$/);
const streamName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
);
/** A path segment as it arrives on the wire: encoded, raw, or double-encoded. */
const segment = (name: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.oneof({ weight: 3, arbitrary: name }, { weight: 1, arbitrary: hostileText }), fc.nat(3))
    .map(([s, how]) => (how === 0 ? s : how === 3 ? formEncode(formEncode(s)) : formEncode(s)));

const validQuery = (level: Level) =>
  fc
    .record({
      set: fc.constantFrom(...SETS_BY_LEVEL[level]),
      end: fc.integer({ min: NOW - 30 * 86_400, max: NOW + 120 }),
      span: fc.integer({ min: 0, max: 31 * 86_400 }),
      interval: fc.nat(),
    })
    .map(({ set, end, span, interval }) => {
      const allowed = intervalRule(level, set)?.allowed ?? INTERVALS;
      const chosen = interval % (allowed.length + 1);
      return {
        set,
        start: String(end - span),
        end: String(end),
        ...(chosen === allowed.length ? {} : { interval: allowed[chosen] as string }),
      };
    });

const request = fc
  .constantFrom<Level>("account", "basin", "stream")
  .chain((level) =>
    fc.tuple(
      level === "account"
        ? fc.constant<string[]>([])
        : level === "basin"
          ? fc.tuple(segment(basinName)).map((s) => [...s])
          : fc.tuple(segment(basinName), segment(streamName)).map((s) => [...s]),
      fc.oneof(
        { weight: 4, arbitrary: nearlyValidQuery(validQuery(level)) },
        { weight: 1, arbitrary: hostileText },
      ),
      rarely(fc.array(segment(streamName), { minLength: 1, maxLength: 2 })),
    ),
  );

describe("parseMetricsRequest, given 10,000 generated requests", () => {
  it("answers only requests that obey the contract, and refuses the rest with 400/422", () => {
    let answered = 0;
    fc.assert(
      fc.property(request, ([segments, query, extra]) => {
        const all = extra ? [...segments, ...extra] : segments;
        const params = new URLSearchParams(query);
        const parsed = parsedOrRefused(() => parseMetricsRequest(all, params, NOW));
        if (parsed === null) return;
        answered++;
        const level: Level = all.length === 0 ? "account" : all.length === 1 ? "basin" : "stream";
        assert.ok(all.length <= 2);
        assert.equal(parsed.level, level);
        assert.ok((SETS_BY_LEVEL[level] as readonly string[]).includes(parsed.set));
        assert.ok(Number.isSafeInteger(parsed.start) && Number.isSafeInteger(parsed.end));
        assert.ok(parsed.start >= 0 && parsed.start <= parsed.end);
        assert.ok(parsed.end - parsed.start <= MAX_RANGE_SECONDS);
        assert.ok(parsed.end <= NOW + FUTURE_SLACK_SECONDS);
        const rule = intervalRule(level, parsed.set);
        if (parsed.interval === null) assert.equal(parsed.intervalSeconds, 0);
        else {
          assert.ok(rule?.allowed.includes(parsed.interval));
          assert.equal(parsed.intervalSeconds, INTERVAL_SECONDS[parsed.interval]);
        }
        if (level !== "account") assert.match(parsed.basin ?? "", BASIN_NAME_PATTERN);
        if (level === "stream") {
          const stream = parsed.stream ?? "";
          assert.ok(stream !== "" && stream !== "." && stream !== "..");
          assert.ok(Buffer.byteLength(stream, "utf8") <= STREAM_NAME_MAX_BYTES);
          assert.equal(stream, decodeURIComponent(all[1] as string));
        }
        // A repeated parameter has no single meaning, so it is never answered.
        const keys = [...params.keys()];
        assert.equal(new Set(keys).size, keys.length);
      }),
      { numRuns: RUNS },
    );
    expect(answered).toBeGreaterThan(RUNS / 20);
  });
});

describe("name and listing parsing, given 10,000 generated inputs each", () => {
  it("a basin segment is a basin name or a 400", () => {
    fc.assert(
      fc.property(segment(basinName), (raw) => {
        const name = parsedOrRefused(() => parseBasinSegment(raw), [400]);
        if (name !== null) assert.match(name, BASIN_NAME_PATTERN);
      }),
      { numRuns: RUNS },
    );
  });

  it("a stream segment is a stream name or a 400", () => {
    fc.assert(
      fc.property(segment(streamName), (raw) => {
        const name = parsedOrRefused(() => parseStreamSegment(raw), [400]);
        if (name === null) return;
        assert.ok(name !== "" && name !== "." && name !== "..");
        assert.ok(Buffer.byteLength(name, "utf8") <= STREAM_NAME_MAX_BYTES);
      }),
      { numRuns: RUNS },
    );
  });

  it("listing parameters are a prefix, a cursor and a limit of 1..1000, or a 400", () => {
    const listQuery = fc.oneof(
      nearlyValidQuery(
        fc.record({
          prefix: fc.oneof(fc.constant(""), streamName),
          start_after: fc.oneof(fc.constant(""), streamName),
          limit: fc.integer({ min: 0, max: 1_000 }).map(String),
        }),
      ),
      hostileText,
    );
    fc.assert(
      fc.property(listQuery, (query) => {
        const params = parsedOrRefused(() => parseListParams(new URLSearchParams(query)), [400]);
        if (params === null) return;
        assert.ok(Number.isInteger(params.limit) && params.limit >= 1 && params.limit <= 1_000);
        assert.equal(typeof params.prefix, "string");
        assert.equal(typeof params.startAfter, "string");
      }),
      { numRuns: RUNS },
    );
  });
});
