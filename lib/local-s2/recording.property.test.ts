import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASIN_NAME_PATTERN, OPERATIONS, STREAM_NAME_MAX_BYTES } from "@/lib/s2/contract";
import { hostileText } from "@/lib/testing/hostile-input";
import {
  catalogOf,
  findFutureRecord,
  hashBatch,
  MAX_RECORDS_PER_BATCH,
  recordBatchSchema,
  toRecords,
} from "./recording";
import { COUNTER_SETS } from "./records";
import { FIXED_SERIES } from "./series";

/**
 * The recording API's body validation against 10,000 generated bodies: odd numbers (NaN, infinities,
 * negatives, fractions, huge), unicode and hostile names, unknown fields, wrong types. It never throws;
 * what it accepts is safe to write; and everything after validation works on anything it accepted.
 */

const NOW = 1_795_305_600;
const RUNS = 10_000;

const oddNumber = fc.oneof(
  fc.integer({ min: NOW - 86_400, max: NOW }),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, -0, 0.5, 1e308, Number.MAX_SAFE_INTEGER + 2),
);
const anyJson = fc.oneof(
  oddNumber,
  hostileText,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

const counterSet = fc.constantFrom(...COUNTER_SETS);

const validBasin = fc.stringMatching(/^[a-z0-9][a-z0-9-]{6,46}[a-z0-9]$/);
const ts = fc.integer({ min: 0, max: NOW + 120 });
const validCounter = counterSet.chain((set) =>
  fc.record({
    ts,
    set: fc.constant<string>(set),
    ...(set === "account-ops" ? {} : { basin: validBasin }),
    series: fc.constantFrom(...(FIXED_SERIES[set] ?? OPERATIONS)),
    value: fc.nat(),
  }),
);
const validGauge = fc.record(
  {
    ts,
    basin: validBasin,
    stream: fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
    value: fc.nat(),
  },
  { requiredKeys: ["ts", "basin", "value"] },
);
/** Valid records most of the time; otherwise one field swapped for anything, or an unknown field added. */
function mostlyValid(valid: fc.Arbitrary<Record<string, unknown>>, fields: readonly string[]) {
  const broken = fc
    .tuple(valid, fc.constantFrom(...fields, "extra", "__proto__"), anyJson)
    .map(([record, field, value]) => ({ ...record, [field]: value }));
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: broken });
}
const counter = mostlyValid(validCounter, ["ts", "set", "basin", "series", "value"]);
const gauge = mostlyValid(validGauge, ["ts", "basin", "stream", "value"]);
const body = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      { counters: fc.array(counter, { maxLength: 4 }), gauges: fc.array(gauge, { maxLength: 4 }) },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyJson },
  { weight: 1, arbitrary: fc.dictionary(hostileText, anyJson, { maxKeys: 3 }) },
);

describe("recordBatchSchema, given 10,000 generated bodies", () => {
  it("never throws, accepts only writable records, and everything downstream handles what it accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (raw) => {
        // JSON round trip: a request body is JSON, so `undefined` fields and NaN arrive as JSON has them.
        const json: unknown = JSON.parse(JSON.stringify(raw) ?? "null");
        const parsed = recordBatchSchema.safeParse(json);
        if (!parsed.success) {
          assert.ok(parsed.error.issues.length > 0);
          return;
        }
        accepted++;
        const batch = parsed.data;
        const total = batch.counters.length + batch.gauges.length;
        assert.ok(total > 0 && total <= MAX_RECORDS_PER_BATCH);
        for (const c of batch.counters) {
          assert.ok(Number.isSafeInteger(c.ts) && c.ts >= 0);
          assert.ok(Number.isFinite(c.value) && c.value >= 0);
          assert.equal(c.basin === undefined, c.set === "account-ops");
          if (c.basin !== undefined) assert.match(c.basin, BASIN_NAME_PATTERN);
          const fixed = FIXED_SERIES[c.set];
          assert.ok((fixed ?? (OPERATIONS as readonly string[])).includes(c.series));
        }
        for (const g of batch.gauges) {
          assert.ok(Number.isSafeInteger(g.ts) && g.ts >= 0);
          assert.ok(Number.isFinite(g.value) && g.value >= 0);
          assert.match(g.basin, BASIN_NAME_PATTERN);
          if (g.stream !== undefined) {
            assert.ok(g.stream !== "" && g.stream !== "." && g.stream !== "..");
            assert.ok(Buffer.byteLength(g.stream, "utf8") <= STREAM_NAME_MAX_BYTES);
          }
        }
        findFutureRecord(batch, NOW);
        const records = toRecords(batch);
        assert.equal(records.counters.length + records.gauges.length, total);
        catalogOf(batch);
        assert.match(hashBatch(batch), /^[0-9a-f]{64}$/);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 50);
  });
});
