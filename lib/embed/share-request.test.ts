import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, type ViewState } from "@/lib/time-range/search-params";
import { embedMintRequestSchema } from "./mint-request";
import { buildMintInput, embedTargetFromRoute, type ShareChoices, shareRangeOptions } from "./share-request";

const NOW = 1_795_305_600;
const choices: ShareChoices = {
  rangeMode: "relative",
  allowRangeChange: false,
  lookbackSeconds: 30 * 86_400,
  theme: "dark",
  lifetimeSeconds: 86_400,
  parent: "https://portal.example",
};
const custom = (from: string, to: string): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  range: {
    kind: "custom",
    from:
      from === "now"
        ? { kind: "now" }
        : from.startsWith("now-")
          ? { kind: "ago", amount: 6, unit: "h" }
          : { kind: "absolute", t: Number(from) },
    to: to === "now" ? { kind: "now" } : { kind: "absolute", t: Number(to) },
  },
});

describe("shareRangeOptions", () => {
  it("offers the window on screen, and its moving length when it ends now", () => {
    expect(shareRangeOptions(DEFAULT_VIEW_STATE, NOW)).toEqual({
      fixed: { start: NOW - 86_400, end: NOW },
      relativeSeconds: 86_400,
    });
    expect(shareRangeOptions(custom("now-6h", "now"), NOW).relativeSeconds).toBe(6 * 3_600);
    expect(shareRangeOptions(custom("100", "3700"), NOW)).toEqual({
      fixed: { start: 100, end: 3_700 },
      relativeSeconds: null,
    });
  });
});

describe("buildMintInput", () => {
  it("builds a request the mint schema accepts, for a relative or a fixed range", () => {
    const relative = buildMintInput({
      target: { level: "basin", basin: "prod-events" },
      chart: "append-ops",
      title: "Append operations",
      state: DEFAULT_VIEW_STATE,
      now: NOW,
      choices,
    });
    expect(embedMintRequestSchema.parse(relative)).toMatchObject({
      chart: "append-ops",
      range: { kind: "relative", seconds: 86_400 },
      theme: "dark",
      rangeChange: { allowed: false },
      parent: "https://portal.example",
    });
    const fixed = buildMintInput({
      target: { level: "account" },
      state: DEFAULT_VIEW_STATE,
      now: NOW,
      choices: { ...choices, rangeMode: "fixed", allowRangeChange: true, parent: null },
    });
    expect(embedMintRequestSchema.parse(fixed)).toMatchObject({
      range: { kind: "fixed", start: NOW - 86_400, end: NOW },
      rangeChange: { allowed: true, lookbackSeconds: 30 * 86_400 },
    });
    expect(fixed).not.toHaveProperty("parent");
    expect(fixed).not.toHaveProperty("chart");
  });

  it("falls back to the fixed window when the view's range does not end now", () => {
    const input = buildMintInput({
      target: { level: "account" },
      state: custom("100", "3700"),
      now: NOW,
      choices,
    });
    expect(input.range).toEqual({ kind: "fixed", start: 100, end: 3_700 });
  });
});

describe("embedTargetFromRoute", () => {
  it("reads the view's target from its route, decoding names", () => {
    expect(embedTargetFromRoute("/", {})).toEqual({ level: "account" });
    expect(embedTargetFromRoute("/basins/prod-events", { basin: "prod-events" })).toEqual({
      level: "basin",
      basin: "prod-events",
    });
    expect(
      embedTargetFromRoute("/basins/prod-events/streams/orders%2Feu-west", {
        basin: "prod-events",
        stream: "orders%2Feu-west",
      }),
    ).toEqual({ level: "stream", basin: "prod-events", stream: "orders/eu-west" });
    expect(embedTargetFromRoute("/sign-in", {})).toBeNull();
  });
});
