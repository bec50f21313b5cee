import { describe, expect, it } from "vitest";
import { intervalForSet } from "./set-interval";

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
