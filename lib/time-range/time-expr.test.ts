import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeExprArb } from "./test-arbitraries";
import { formatTimeExpr, parseTimeExpr, resolveTimeExpr, type TimeExpr } from "./time-expr";

describe("parseTimeExpr", () => {
  it.each<[string, TimeExpr]>([
    ["now", { kind: "now" }],
    ["now-6h", { kind: "ago", amount: 6, unit: "h" }],
    ["now-15m", { kind: "ago", amount: 15, unit: "m" }],
    [" NOW-7D ", { kind: "ago", amount: 7, unit: "d" }],
    ["1740960000", { kind: "absolute", t: 1_740_960_000 }],
    ["2025-03-03T00:00:00Z", { kind: "absolute", t: 1_740_960_000 }],
    ["2025-03-03T05:30:00+05:30", { kind: "absolute", t: 1_740_960_000 }],
  ])("reads %j", (text, expected) => {
    expect(parseTimeExpr(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", /empty/],
    ["now+1h", /not a relative time/],
    ["now-6w", /not a relative time/],
    ["now-0h", /write now/],
    ["yesterday", /not a time/],
    ["2025-03-03T00:00:00", /not a time/], // no offset: would differ between server and browser
    ["1740960000000", /milliseconds/],
    ["-5", /not a time/],
  ])("rejects %j with a reason", (text, reason) => {
    const parsed = parseTimeExpr(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (text) => void parseTimeExpr(text)));
  });

  it("round-trips through its URL spelling", () => {
    fc.assert(
      fc.property(timeExprArb, (expr) => {
        expect(parseTimeExpr(formatTimeExpr(expr))).toEqual({ ok: true, value: expr });
      }),
    );
  });
});

describe("resolveTimeExpr", () => {
  it("counts back from now", () => {
    expect(resolveTimeExpr({ kind: "now" }, 10_000)).toBe(10_000);
    expect(resolveTimeExpr({ kind: "ago", amount: 2, unit: "h" }, 10_000)).toBe(10_000 - 7_200);
    expect(resolveTimeExpr({ kind: "absolute", t: 5 }, 10_000)).toBe(5);
  });
});
