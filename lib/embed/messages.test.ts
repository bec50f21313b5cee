import { describe, expect, it } from "vitest";
import { frameMessageSchema, parseParentMessage, resolveParentOrigin } from "./messages";

describe("parseParentMessage", () => {
  it.each([
    [{ type: "s2-embed:set-range", range: { preset: "7d" } }],
    [{ type: "s2-embed:set-range", version: 1, range: { relativeSeconds: 3_600 } }],
    [{ type: "s2-embed:set-range", range: { start: 1_795_000_000, end: 1_795_003_600 } }],
    [{ type: "s2-embed:set-theme", theme: "dark" }],
  ])("accepts %j", (data) => {
    expect(parseParentMessage(data).kind).toBe("message");
  });

  it.each([
    [{ type: "s2-embed:set-range", range: { preset: "2y" } }],
    [{ type: "s2-embed:set-range", range: { start: "yesterday", end: 5 } }],
    [{ type: "s2-embed:set-range", range: { preset: "7d", start: 1 } }],
    [{ type: "s2-embed:set-range", version: 2, range: { preset: "7d" } }],
    [{ type: "s2-embed:set-theme", theme: "sepia" }],
    [{ type: "s2-embed:set-theme", theme: "dark", extra: true }],
    [{ type: "s2-embed:navigate", url: "https://evil.example" }],
  ])("reports %j as ours but malformed", (data) => {
    const parsed = parseParentMessage(data);
    expect(parsed.kind).toBe("bad");
  });

  it.each([[null], [undefined], ["s2-embed:set-theme"], [{ type: "resize" }], [{ hello: 1 }], [42]])(
    "ignores %j, which is not ours",
    (data) => {
      expect(parseParentMessage(data)).toEqual({ kind: "foreign" });
    },
  );
});

describe("frameMessageSchema", () => {
  it("describes what the frame sends", () => {
    expect(
      frameMessageSchema.safeParse({ type: "s2-embed:size", version: 1, height: 412, width: 800 }).success,
    ).toBe(true);
    expect(
      frameMessageSchema.safeParse({
        type: "s2-embed:range",
        version: 1,
        range: { start: 1, end: 3_601, relativeSeconds: null },
      }).success,
    ).toBe(true);
    expect(
      frameMessageSchema.safeParse({ type: "s2-embed:size", version: 1, height: -1, width: 0 }).success,
    ).toBe(false);
  });
});

describe("resolveParentOrigin", () => {
  const allowedOrigins = ["http://127.0.0.1:4400", "https://portal.example"];
  const base = {
    framed: true,
    parentParam: null,
    ancestorOrigin: null,
    referrerOrigin: null,
    allowedOrigins,
  };

  it("talks to an allowed parent, as the browser reports it", () => {
    expect(resolveParentOrigin({ ...base, ancestorOrigin: "http://127.0.0.1:4400" })).toBe(
      "http://127.0.0.1:4400",
    );
    expect(resolveParentOrigin({ ...base, referrerOrigin: "https://portal.example" })).toBe(
      "https://portal.example",
    );
    expect(resolveParentOrigin({ ...base, parentParam: "https://portal.example" })).toBe(
      "https://portal.example",
    );
  });

  it("talks to nobody when not framed, when the parent is not allowed, or when the URL and browser disagree", () => {
    expect(
      resolveParentOrigin({ ...base, framed: false, ancestorOrigin: "http://127.0.0.1:4400" }),
    ).toBeNull();
    expect(resolveParentOrigin({ ...base, ancestorOrigin: "http://localhost:4400" })).toBeNull();
    expect(resolveParentOrigin({ ...base, parentParam: "https://evil.example" })).toBeNull();
    expect(
      resolveParentOrigin({
        ...base,
        parentParam: "https://portal.example",
        ancestorOrigin: "http://127.0.0.1:4400",
      }),
    ).toBeNull();
    expect(resolveParentOrigin(base)).toBeNull();
  });
});
