import { describe, expect, it } from "vitest";
import { formatRate } from "./rate";

describe("formatRate", () => {
  it("gives bytes per second in binary units", () => {
    expect(formatRate("bytes", 1_536)).toBe("1.5 KiB/s");
    expect(formatRate("bytes", 0)).toBe("0 B/s");
  });

  it("gives operations per second, keeping slow rates readable rather than 0", () => {
    expect(formatRate("operations", 2_400)).toBe("2.4k ops/s");
    expect(formatRate("operations", 2)).toBe("2 ops/s");
    expect(formatRate("operations", 0.25)).toBe("0.25 ops/s");
    expect(formatRate("operations", 1 / 60)).toBe("0.017 ops/s");
    expect(formatRate("operations", 1 / 3_600)).toBe("0.00028 ops/s");
  });
});
