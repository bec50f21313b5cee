import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeLogText,
  formatLogLine,
  LINE_BREAKING_CHARACTERS,
  MAX_VALUE_LENGTH,
  redactSecrets,
} from "./log-line";

describe("formatLogLine", () => {
  it("writes one line whatever a request put into a value", () => {
    const forged = "x\n[api] unhandled FORGED";
    const line = formatLogLine("auth", "redirect", { callbackUrl: forged });
    expect(line).toBe('[auth] redirect callbackUrl="x\\n[api] unhandled FORGED"');
    expect(line.split("\n")).toHaveLength(1);
  });

  it("never lets any string start a new line or carry a terminal escape", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (event, value) => {
        const line = formatLogLine("api", event, { value, [value]: value });
        expect(line).not.toMatch(LINE_BREAKING_CHARACTERS);
        expect(line.startsWith("[api] ")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("bounds every value", () => {
    const line = formatLogLine("api", "unhandled", { error: "a".repeat(10_000) });
    expect(line.length).toBeLessThan(MAX_VALUE_LENGTH + 100);
    expect(line).toContain("(9500 more)");
  });

  it("keeps numbers and booleans as they are and describes errors", () => {
    expect(
      formatLogLine("upstream", "retry", { attempt: 2, final: false, error: new TypeError("boom") }),
    ).toBe('[upstream] retry attempt=2 final=false error="TypeError: boom"');
  });
});

describe("redactSecrets", () => {
  it("removes a Bearer value, all of it, even one holding a line break", () => {
    const message = 'Headers.append: "Bearer s2-real\ntoken-rest" is an invalid header value.';
    const out = redactSecrets(message);
    expect(out).not.toContain("s2-real");
    expect(out).not.toContain("token-rest");
    expect(out).toContain("Bearer [redacted]");
  });

  it("removes Authorization values in headers, JSON and query-like text", () => {
    for (const text of [
      "authorization: Basic dXNlcjpwYXNz",
      '{"authorization":"Token abc123secret"}',
      "Authorization=abc123secret; next",
    ]) {
      const out = redactSecrets(text);
      expect(out).not.toMatch(/dXNlcjpwYXNz|abc123secret/);
      expect(out).toContain("[redacted]");
    }
  });

  it("removes known secrets wherever they appear", () => {
    expect(redactSecrets("failed for s2-local-demo-token today", ["s2-local-demo-token"])).toBe(
      "failed for [redacted] today",
    );
  });

  it("redacts before bounding, so a cut never leaves the start of a token", () => {
    const line = formatLogLine("api", "x", { error: `${"a".repeat(MAX_VALUE_LENGTH - 3)} Bearer abcdef` });
    expect(line).not.toContain("abc");
  });
});

describe("escapeLogText", () => {
  it("escapes the backslash too, so a forged `\\n` is told apart from a real one", () => {
    expect(escapeLogText("a\\nb\nc")).toBe("a\\\\nb\\nc");
  });
});
