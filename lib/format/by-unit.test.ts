import { describe, expect, it } from "vitest";
import { formatGaugeTotal, formatMetricValue, valueFormatter } from "./by-unit";

describe("formatting by the metric's unit field", () => {
  it("uses IEC bytes for bytes and short counts for operations", () => {
    expect(formatMetricValue("bytes", 1536)).toBe("1.5 KiB");
    expect(formatMetricValue("operations", 1536)).toBe("1.54k");
    expect(valueFormatter("bytes")(0)).toBe("0 B");
  });

  it("shows a gauge's total in byte-hours", () => {
    expect(formatGaugeTotal("bytes", 2 * 1024 ** 3)).toBe("2 GiB·h");
  });
});
