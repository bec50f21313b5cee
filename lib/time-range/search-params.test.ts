import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, mergeViewParams, parseViewParams, serialiseViewParams } from "./search-params";
import { viewStateArb } from "./test-arbitraries";

const parse = (query: string) => parseViewParams(new URLSearchParams(query));

describe("parseViewParams", () => {
  it("gives the defaults for an empty URL, with nothing to complain about", () => {
    expect(parse("")).toEqual({ state: DEFAULT_VIEW_STATE, issues: [] });
  });

  it("reads a preset, a Grafana-style relative range, and the other choices", () => {
    expect(parse("range=7d&interval=hour&tz=utc&refresh=1m")).toEqual({
      state: {
        range: { kind: "preset", preset: "7d" },
        interval: "hour",
        tz: "utc",
        refresh: "1m",
        compare: false,
        values: "rate",
      },
      issues: [],
    });
    expect(parse("from=now-6h&to=now").state.range).toEqual({
      kind: "custom",
      from: { kind: "ago", amount: 6, unit: "h" },
      to: { kind: "now" },
    });
  });

  it("reads absolute ranges in epoch seconds or ISO, and a missing to as now", () => {
    expect(parse("from=2025-03-03T00:00:00Z&to=1741046400").state.range).toEqual({
      kind: "custom",
      from: { kind: "absolute", t: 1_740_960_000 },
      to: { kind: "absolute", t: 1_741_046_400 },
    });
    expect(parse("from=now-1h").state.range).toEqual({
      kind: "custom",
      from: { kind: "ago", amount: 1, unit: "h" },
      to: { kind: "now" },
    });
  });

  it("accepts Next's searchParams record, including repeated params", () => {
    const { state, issues } = parseViewParams({ range: ["6h", "1h"], tz: "UTC", other: "x" });
    expect(state.range).toEqual({ kind: "preset", preset: "6h" });
    expect(state.tz).toBe("utc");
    expect(issues).toEqual([
      { param: "range", value: "6h,1h", message: "range was given 2 times; using the first" },
    ]);
  });

  it("falls back to defaults on garbage and says what was wrong", () => {
    const { state, issues } = parse("range=2w&interval=weekly&tz=mars&refresh=always");
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(issues.map((i) => i.param)).toEqual(["range", "interval", "tz", "refresh"]);
    expect(issues[2]?.value).toBe("mars");
    expect(issues[1]?.message).toBe("interval must be one of auto, minute, hour, day; using auto");
  });

  it("keeps a valid preset when from/to are broken, and says so", () => {
    const { state, issues } = parse("range=1h&from=yesterday&to=now");
    expect(state.range).toEqual({ kind: "preset", preset: "1h" });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^from "yesterday" is not a time/);
  });

  it("lets from/to win over range, and reports the ignored range", () => {
    const { state, issues } = parse("range=1h&from=now-2h&to=now");
    expect(state.range.kind).toBe("custom");
    expect(issues.map((i) => i.param)).toEqual(["range"]);
  });

  it("ignores a to without a from", () => {
    const { state, issues } = parse("to=now");
    expect(state.range).toEqual(DEFAULT_VIEW_STATE.range);
    expect(issues[0]?.message).toBe("to needs a from; ignoring it");
  });

  it("never throws, whatever the URL holds", () => {
    const key = fc.constantFrom("range", "from", "to", "interval", "tz", "refresh", "compare", "values", "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), (pairs) => {
        const { state } = parseViewParams(new URLSearchParams(pairs));
        expect(state).toBeDefined();
      }),
    );
  });
});

describe("parseViewParams: zones, compare and values", () => {
  it("reads any IANA zone in its canonical spelling, and the keywords in any case", () => {
    expect(parse("tz=Europe/Berlin")).toEqual({
      state: { ...DEFAULT_VIEW_STATE, tz: "Europe/Berlin" },
      issues: [],
    });
    expect(parse("tz=america/new_york").state.tz).toBe("America/New_York");
    expect(parse("tz=LOCAL").state.tz).toBe("local");
    expect(parse("tz=Etc/UTC").state.tz).toBe("utc");
  });

  it("refuses names that are not zones, offsets included, and says what it expected", () => {
    for (const tz of ["Mars/Olympus", "+05:00", "Europe/", "../etc"]) {
      const { state, issues } = parse(`tz=${encodeURIComponent(tz)}`);
      expect(state.tz).toBe("local");
      expect(issues).toEqual([
        {
          param: "tz",
          value: tz,
          message: "tz must be local, utc or a time zone name such as Europe/Berlin; using local",
        },
      ]);
    }
  });

  it("reads compare=1 and values=total, and reports anything else", () => {
    expect(parse("compare=1&values=total").state).toEqual({
      ...DEFAULT_VIEW_STATE,
      compare: true,
      values: "total",
    });
    expect(parse("compare=0").state.compare).toBe(false);
    const { state, issues } = parse("compare=maybe&values=average");
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(issues).toEqual([
      { param: "compare", value: "maybe", message: "compare must be 1 or 0; leaving it off" },
      { param: "values", value: "average", message: "values must be one of rate, total; using rate" },
    ]);
  });
});

describe("serialiseViewParams", () => {
  it("writes compare, values and an IANA zone, and leaves their defaults out", () => {
    expect(
      serialiseViewParams({
        ...DEFAULT_VIEW_STATE,
        tz: "Europe/Berlin",
        compare: true,
        values: "total",
      }).toString(),
    ).toBe("tz=Europe%2FBerlin&compare=1&values=total");
    expect(serialiseViewParams({ ...DEFAULT_VIEW_STATE, compare: false, values: "rate" }).toString()).toBe(
      "",
    );
  });

  it("writes short links that leave defaults out", () => {
    expect(serialiseViewParams(DEFAULT_VIEW_STATE).toString()).toBe("");
    expect(
      serialiseViewParams({
        ...DEFAULT_VIEW_STATE,
        tz: "utc",
        range: { kind: "preset", preset: "1h" },
      }).toString(),
    ).toBe("range=1h&tz=utc");
  });

  it("round-trips: parse(serialise(state)) is state, with no issues", () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        expect(parseViewParams(serialiseViewParams(state))).toEqual({ state, issues: [] });
      }),
    );
  });

  it("replaces only its own params when merged into an existing URL", () => {
    const merged = mergeViewParams("basin=my-basin&range=1h&tz=utc&compare=1&values=total", {
      ...DEFAULT_VIEW_STATE,
      refresh: "30s",
    });
    expect(merged.toString()).toBe("basin=my-basin&refresh=30s");
  });
});

describe("parseViewParams on hand-built input", () => {
  it("ignores values that are not strings instead of throwing", () => {
    const record = { range: 42, tz: ["utc", null] } as unknown as Record<string, string>;
    expect(parseViewParams(record).state).toEqual({ ...DEFAULT_VIEW_STATE, tz: "utc" });
  });
});
