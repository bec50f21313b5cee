import { describe, expect, it } from "vitest";
import { EMBED_CLOCK_TOLERANCE_SECONDS, embedRequestDenial, rangeDenial } from "./authorise";
import { type EmbedView, embedRangeSchema, rangeChangeSchema } from "./embed-spec";

const NOW = 1_795_305_600;
const DAY = 86_400;

const view = (input: Partial<EmbedView> = {}): EmbedView => ({
  kind: "chart",
  target: { level: "basin", basin: "prod-events" },
  sets: ["append-ops"],
  range: { kind: "fixed", start: NOW - DAY, end: NOW },
  interval: "auto",
  rangeChange: { allowed: false },
  theme: "light",
  ...input,
});

const ask = (input: Partial<Parameters<typeof embedRequestDenial>[1]> = {}) => ({
  target: { level: "basin" as const, basin: "prod-events" },
  set: "append-ops",
  range: { start: NOW - DAY, end: NOW },
  ...input,
});

describe("embedRequestDenial", () => {
  it("allows exactly what the token names", () => {
    expect(embedRequestDenial(view(), ask(), NOW)).toBeNull();
  });

  it("denies another basin, another level, another set", () => {
    expect(
      embedRequestDenial(view(), ask({ target: { level: "basin", basin: "staging-events" } }), NOW),
    ).toMatch(/basin prod-events only/);
    expect(embedRequestDenial(view(), ask({ target: { level: "account" } }), NOW)).toMatch(
      /not account metrics/,
    );
    expect(embedRequestDenial(view(), ask({ set: "read-ops" }), NOW)).toMatch(
      /does not include the read-ops/,
    );
  });

  it("denies another stream of the same basin, and the basin itself, to a stream embed", () => {
    const stream = view({
      target: { level: "stream", basin: "prod-events", stream: "orders/eu-west" },
      sets: ["storage"],
    });
    const own = { level: "stream" as const, basin: "prod-events", stream: "orders/eu-west" };
    expect(embedRequestDenial(stream, ask({ target: own, set: "storage" }), NOW)).toBeNull();
    expect(
      embedRequestDenial(stream, ask({ target: { ...own, stream: "orders/us-east" }, set: "storage" }), NOW),
    ).toMatch(/only/);
    expect(
      embedRequestDenial(
        stream,
        ask({ target: { level: "basin", basin: "prod-events" }, set: "storage" }),
        NOW,
      ),
    ).toMatch(/not basin metrics/);
  });
});

describe("rangeDenial", () => {
  it("holds a fixed, unchangeable range to the exact window", () => {
    const fixed = view();
    expect(rangeDenial(fixed, { start: NOW - DAY, end: NOW }, NOW + 7 * DAY)).toBeNull();
    expect(rangeDenial(fixed, { start: NOW - DAY - 60, end: NOW }, NOW)).toMatch(/fixed time range/);
    expect(rangeDenial(fixed, { start: NOW - 3_600, end: NOW }, NOW)).toMatch(/fixed time range/);
  });

  it("holds a relative range to its length, ending about now", () => {
    const relative = view({ range: { kind: "relative", seconds: DAY } });
    expect(rangeDenial(relative, { start: NOW - DAY, end: NOW }, NOW)).toBeNull();
    // The frame's clock may lag a little...
    const lag = EMBED_CLOCK_TOLERANCE_SECONDS - 60;
    expect(rangeDenial(relative, { start: NOW - lag - DAY, end: NOW - lag }, NOW)).toBeNull();
    // ...but not show last month's day.
    expect(rangeDenial(relative, { start: NOW - 31 * DAY, end: NOW - 30 * DAY }, NOW)).toMatch(
      /the last 24 hours; its viewers cannot change/,
    );
    expect(rangeDenial(relative, { start: NOW - 2 * DAY, end: NOW }, NOW)).toMatch(/cannot change/);
    expect(rangeDenial(relative, { start: NOW, end: NOW + DAY }, NOW)).not.toBeNull();
  });

  it("accepts the token's window with its start moved down to a bucket boundary, and no further", () => {
    // 10:37:20: the frame asks "last 24 hours" by hour from 10:00, so the first bar is a whole hour.
    const now = NOW + 10 * 3_600 + 37 * 60 + 20;
    const relative = view({ range: { kind: "relative", seconds: DAY } });
    expect(rangeDenial(relative, { start: NOW + 10 * 3_600 - DAY, end: now }, now)).toBeNull();
    expect(rangeDenial(relative, { start: NOW + 10 * 3_600 + 37 * 60 - DAY, end: now }, now)).toBeNull();
    expect(rangeDenial(relative, { start: NOW - DAY, end: now }, now)).toBeNull();
    expect(rangeDenial(relative, { start: NOW + 8 * 3_600 - DAY, end: now }, now)).toMatch(/cannot change/);
    const fixed = view({ range: { kind: "fixed", start: NOW + 90, end: NOW + DAY } });
    expect(rangeDenial(fixed, { start: NOW + 60, end: NOW + DAY }, NOW + DAY)).toBeNull();
    expect(rangeDenial(fixed, { start: NOW, end: NOW + DAY }, NOW + DAY)).toBeNull();
    expect(rangeDenial(fixed, { start: NOW - 3_600, end: NOW + DAY }, NOW + DAY)).toMatch(/fixed time range/);
  });

  it("lets a changeable range move anywhere within the lookback, and nowhere else", () => {
    const changeable = view({ rangeChange: { allowed: true, lookbackSeconds: 30 * DAY } });
    expect(rangeDenial(changeable, { start: NOW - 3_600, end: NOW }, NOW)).toBeNull();
    expect(rangeDenial(changeable, { start: NOW - 30 * DAY, end: NOW - 29 * DAY }, NOW)).toBeNull();
    expect(rangeDenial(changeable, { start: NOW - 45 * DAY, end: NOW - 44 * DAY }, NOW)).toMatch(
      /within the last 30 days/,
    );
    expect(rangeDenial(changeable, { start: NOW - 3_600, end: NOW + 3_600 }, NOW)).toMatch(/future/);
    expect(rangeDenial(changeable, { start: NOW, end: NOW - 60 }, NOW)).toMatch(/before it ends/);
    // The token's own window stays allowed even once it has slid out of the lookback.
    expect(rangeDenial(changeable, { start: NOW - DAY, end: NOW }, NOW + 60 * DAY)).toBeNull();
  });

  it("takes ranges as long as a view's, 13 months: the planner fetches them in S2's 30-day calls", () => {
    expect(embedRangeSchema.safeParse({ kind: "relative", seconds: 90 * DAY }).success).toBe(true);
    expect(embedRangeSchema.safeParse({ kind: "fixed", start: NOW - 396 * DAY, end: NOW }).success).toBe(
      true,
    );
    expect(embedRangeSchema.safeParse({ kind: "fixed", start: NOW - 397 * DAY, end: NOW }).success).toBe(
      false,
    );
    expect(rangeChangeSchema.safeParse({ allowed: true, lookbackSeconds: 396 * DAY }).success).toBe(true);
    // A quarter, asked as the frame asks it (start moved down to a day boundary), is the token's own window.
    const quarter = view({ range: { kind: "relative", seconds: 90 * DAY } });
    const now = NOW + 10 * 3_600;
    expect(rangeDenial(quarter, { start: NOW - 90 * DAY, end: now }, now)).toBeNull();
    const changeable = view({ rangeChange: { allowed: true, lookbackSeconds: 396 * DAY } });
    expect(rangeDenial(changeable, { start: NOW - 200 * DAY, end: NOW - 100 * DAY }, NOW)).toBeNull();
    expect(rangeDenial(changeable, { start: NOW - 396 * DAY, end: NOW }, NOW)).toBeNull();
  });
});
