import fc from "fast-check";
import {
  CALENDAR_PERIODS,
  INTERVAL_CHOICES,
  PRESETS,
  REFRESH_CHOICES,
  RELATIVE_UNITS,
  TZ_CHOICES,
  VALUES_CHOICES,
} from "./options";
import type { RangeSpec, ViewState } from "./search-params";
import type { TimeExpr } from "./time-expr";

/** fast-check generators for property tests of the URL state; test-only. */

export const timeExprArb: fc.Arbitrary<TimeExpr> = fc.oneof(
  fc.constant<TimeExpr>({ kind: "now" }),
  fc.record({
    kind: fc.constant("ago" as const),
    amount: fc.integer({ min: 1, max: 999_999 }),
    unit: fc.constantFrom(...RELATIVE_UNITS),
  }),
  fc.record({ kind: fc.constant("absolute" as const), t: fc.integer({ min: 0, max: 4_000_000_000 }) }),
);

export const rangeSpecArb: fc.Arbitrary<RangeSpec> = fc.oneof(
  fc.record({ kind: fc.constant("preset" as const), preset: fc.constantFrom(...PRESETS) }),
  fc.record({ kind: fc.constant("calendar" as const), period: fc.constantFrom(...CALENDAR_PERIODS) }),
  fc.record({ kind: fc.constant("custom" as const), from: timeExprArb, to: timeExprArb }),
);

export const viewStateArb: fc.Arbitrary<ViewState> = fc.record({
  range: rangeSpecArb,
  interval: fc.constantFrom(...INTERVAL_CHOICES),
  // Canonical IANA names round-trip as written; "local"/"utc" are the keywords.
  tz: fc.constantFrom(
    ...TZ_CHOICES,
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
  ),
  refresh: fc.constantFrom(...REFRESH_CHOICES),
  compare: fc.boolean(),
  values: fc.constantFrom(...VALUES_CHOICES),
});
