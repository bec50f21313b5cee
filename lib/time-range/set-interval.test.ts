import { describe, expect, it } from "vitest";
import { intervalForSet, setRequest } from "./set-interval";

describe("intervalForSet", () => {
  it("passes an interval the set takes straight through, without a note", () => {
    expect(intervalForSet("basin", "append-ops", "minute")).toEqual({ interval: "minute", note: null });
    expect(intervalForSet("account", "account-ops", "day")).toEqual({ interval: "day", note: null });
  });

  it("asks basin storage for hours and explains why when the user picked minutes", () => {
    expect(intervalForSet("basin", "storage", "minute")).toEqual({
      interval: "hour",
      note: "Basin storage is only available hourly, so this chart shows hourly data instead of per minute.",
    });
  });

  it("asks stream storage for minutes whatever was picked", () => {
    expect(intervalForSet("stream", "storage", "hour").interval).toBe("minute");
    expect(intervalForSet("stream", "storage", "day").interval).toBe("minute");
    expect(intervalForSet("stream", "storage", "day").note).toMatch(/instead of daily/);
  });

  it("stays quiet when the interval was auto, since the user let us choose", () => {
    expect(intervalForSet("basin", "storage", "day", true)).toEqual({ interval: "hour", note: null });
  });

  it("leaves unknown sets alone", () => {
    expect(intervalForSet("basin", "not-a-set", "day")).toEqual({ interval: "day", note: null });
  });
});

describe("setRequest", () => {
  // 2025-03-03 11:06:40 UTC minus six hours, aligned to the minute as resolveRange leaves it.
  const view = {
    range: { start: 1_740_978_360, end: 1_741_000_000 },
    interval: "minute" as const,
    intervalWasAuto: true,
  };

  it("starts basin storage (hourly only) on the hour in a minute view, so its first hour is whole", () => {
    const request = setRequest("basin", "storage", view);
    expect(request.interval).toBe("hour");
    expect(request.range).toEqual({ start: 1_740_978_000, end: 1_741_000_000 });
  });

  it("leaves a set asked at the view's own interval on the view's window", () => {
    expect(setRequest("basin", "append-ops", view).range).toEqual(view.range);
  });
});
