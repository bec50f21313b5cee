import { describe, expect, it } from "vitest";
import type { EmbedView } from "./embed-spec";
import {
  embedWindow,
  reportedRange,
  requestedRangeDenial,
  requestedRangeSpec,
  searchWithoutRange,
  searchWithRange,
  tokenRangeSpec,
} from "./embed-state";

const NOW = 1_795_305_600;
const view = (input: Partial<EmbedView> = {}): EmbedView => ({
  kind: "chart",
  target: { level: "basin", basin: "prod-events" },
  sets: ["append-ops"],
  range: { kind: "relative", seconds: 86_400 },
  interval: "auto",
  rangeChange: { allowed: false },
  theme: "light",
  ...input,
});
const params = (query: string) => new URLSearchParams(query);

describe("embedWindow", () => {
  it("shows the token's range when the URL names none", () => {
    const w = embedWindow(view(), params("parent=https%3A%2F%2Fportal.example"), NOW);
    expect(w.resolved).toMatchObject({
      ok: true,
      range: { start: NOW - 86_400, end: NOW },
      interval: "hour",
    });
    expect(w.notice).toBeNull();
    const fixed = embedWindow(view({ range: { kind: "fixed", start: 100, end: 3_700 } }), params(""), NOW);
    expect(fixed.resolved).toMatchObject({ ok: true, range: { start: 100, end: 3_700 }, interval: "minute" });
  });

  it("follows a URL range the token allows", () => {
    const w = embedWindow(
      view({ rangeChange: { allowed: true, lookbackSeconds: 30 * 86_400 } }),
      params("range=1h"),
      NOW,
    );
    expect(w.resolved).toMatchObject({ ok: true, range: { start: NOW - 3_600, end: NOW } });
  });

  it("ignores, and says so, a URL range the token does not allow", () => {
    const locked = embedWindow(view(), params("range=7d"), NOW);
    expect(locked.resolved).toMatchObject({ ok: true, range: { start: NOW - 86_400, end: NOW } });
    expect(locked.notice).toMatch(/fixed by its author/);
    const tooOld = embedWindow(
      view({ rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 } }),
      params(`from=${NOW - 20 * 86_400}&to=${NOW - 19 * 86_400}`),
      NOW,
    );
    expect(tooOld.resolved).toMatchObject({ ok: true, range: { start: NOW - 86_400, end: NOW } });
    expect(tooOld.notice).toMatch(/within the last 7 days/);
  });
});

describe("parent range requests", () => {
  it("turns each kind of request into the URL grammar", () => {
    expect(requestedRangeSpec({ preset: "7d" })).toEqual({ kind: "preset", preset: "7d" });
    expect(requestedRangeSpec({ relativeSeconds: 7_200 })).toEqual({
      kind: "custom",
      from: { kind: "ago", amount: 2, unit: "h" },
      to: { kind: "now" },
    });
    expect(requestedRangeSpec({ start: 10, end: 20 })).toEqual({
      kind: "custom",
      from: { kind: "absolute", t: 10 },
      to: { kind: "absolute", t: 20 },
    });
  });

  it("refuses a change the token does not allow, before anything is fetched", () => {
    expect(requestedRangeDenial(view(), { kind: "preset", preset: "1h" }, NOW)).toMatch(
      /fixed by its author/,
    );
    const changeable = view({ rangeChange: { allowed: true, lookbackSeconds: 7 * 86_400 } });
    expect(requestedRangeDenial(changeable, { kind: "preset", preset: "1h" }, NOW)).toBeNull();
    expect(requestedRangeDenial(changeable, { kind: "preset", preset: "30d" }, NOW)).toMatch(/last 7 days/);
  });

  it("writes the new range into the URL and keeps the parent", () => {
    const state = embedWindow(view(), params(""), NOW).state;
    const search = searchWithRange("?parent=https%3A%2F%2Fportal.example", state, {
      kind: "preset",
      preset: "24h",
    });
    const next = new URLSearchParams(search);
    expect(next.get("range")).toBe("24h");
    expect(next.get("parent")).toBe("https://portal.example");
    expect(next.has("from")).toBe(false);
  });
});

describe("tokenRangeSpec and reportedRange", () => {
  it("writes relative ranges in the largest whole unit and reports their length", () => {
    expect(tokenRangeSpec({ kind: "relative", seconds: 7 * 86_400 })).toMatchObject({
      from: { amount: 7, unit: "d" },
    });
    expect(tokenRangeSpec({ kind: "relative", seconds: 90 * 60 })).toMatchObject({
      from: { amount: 90, unit: "m" },
    });
    const state = embedWindow(view(), params(""), NOW).state;
    expect(reportedRange(state, NOW)).toEqual({ start: NOW - 86_400, end: NOW, relativeSeconds: 86_400 });
    const fixed = embedWindow(
      view({ range: { kind: "fixed", start: 100, end: 3_700 } }),
      params(""),
      NOW,
    ).state;
    expect(reportedRange(fixed, NOW)).toEqual({ start: 100, end: 3_700, relativeSeconds: null });
  });
});

describe("searchWithoutRange", () => {
  it("drops the range params and keeps the rest", () => {
    expect(searchWithoutRange("?parent=https%3A%2F%2Fportal.example&range=6h")).toBe(
      "?parent=https%3A%2F%2Fportal.example",
    );
    expect(searchWithoutRange("?from=now-3h&to=now")).toBe("");
  });
});
