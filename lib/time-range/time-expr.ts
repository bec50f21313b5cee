import { z } from "zod";
import { RELATIVE_UNIT_SECONDS, RELATIVE_UNITS, type RelativeUnit } from "./options";

/**
 * One end of a time range as written in the URL (`from=` / `to=`), Grafana style:
 * `now`, `now-<n><m|h|d>`, epoch seconds, or an ISO 8601 timestamp with an explicit offset.
 */
export type TimeExpr =
  | { readonly kind: "now" }
  | { readonly kind: "ago"; readonly amount: number; readonly unit: RelativeUnit }
  | { readonly kind: "absolute"; readonly t: number };

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string };

const RELATIVE_PATTERN = new RegExp(`^now(?:-(\\d{1,6})(${RELATIVE_UNITS.join("|")}))?$`);
const DIGITS = /^\d+$/;
/** Year 3000: anything larger is almost certainly milliseconds pasted from another tool. */
const MAX_EPOCH_SECONDS = 32_503_680_000;
// An offset is required: a bare local date-time would mean different instants on server and browser.
const isoSchema = z.iso.datetime({ offset: true });

const GRAMMAR_HINT =
  "use now, now-<n>m|h|d (e.g. now-6h), epoch seconds, or an ISO time like 2025-03-01T14:00:00Z";

/** Parses a `from`/`to` value; never throws, and explains a rejection in words a user can act on. */
export function parseTimeExpr(raw: string): Parsed<TimeExpr> {
  const text = raw.trim().toLowerCase();
  if (text === "") return { ok: false, reason: `is empty; ${GRAMMAR_HINT}` };

  if (text.startsWith("now")) {
    const match = RELATIVE_PATTERN.exec(text);
    if (!match) return { ok: false, reason: `"${raw}" is not a relative time; ${GRAMMAR_HINT}` };
    const [, amountText, unit] = match;
    if (amountText === undefined || unit === undefined) return { ok: true, value: { kind: "now" } };
    const amount = Number(amountText);
    if (amount === 0) return { ok: false, reason: `"${raw}" is zero time ago; write now instead` };
    return { ok: true, value: { kind: "ago", amount, unit: unit as RelativeUnit } };
  }

  if (DIGITS.test(text)) {
    const t = Number(text);
    if (t > MAX_EPOCH_SECONDS) {
      return { ok: false, reason: `"${raw}" is too large for epoch seconds (milliseconds?)` };
    }
    return { ok: true, value: { kind: "absolute", t } };
  }

  if (isoSchema.safeParse(raw.trim().toUpperCase()).success) {
    const t = Math.floor(Date.parse(raw.trim().toUpperCase()) / 1000);
    if (Number.isFinite(t) && t >= 0 && t <= MAX_EPOCH_SECONDS)
      return { ok: true, value: { kind: "absolute", t } };
  }
  return { ok: false, reason: `"${raw}" is not a time; ${GRAMMAR_HINT}` };
}

/**
 * The URL spelling of an expression. Absolute times are written as epoch seconds: compact, exact, and
 * free of characters that URLSearchParams would percent-encode.
 */
export function formatTimeExpr(expr: TimeExpr): string {
  switch (expr.kind) {
    case "now":
      return "now";
    case "ago":
      return `now-${expr.amount}${expr.unit}`;
    case "absolute":
      return String(expr.t);
  }
}

/** The instant an expression names, given the current time (epoch seconds). */
export function resolveTimeExpr(expr: TimeExpr, now: number): number {
  switch (expr.kind) {
    case "now":
      return now;
    case "ago":
      return now - expr.amount * RELATIVE_UNIT_SECONDS[expr.unit];
    case "absolute":
      return expr.t;
  }
}
