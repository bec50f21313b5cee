import { describe, expect, it } from "vitest";
import { periodChange } from "@/lib/chart-data/compare-period";
import { changeCellText } from "./change-text";

const text = (current: number | null, previous: number | null) =>
  changeCellText(periodChange(current, previous)).text;

describe("changeCellText", () => {
  it("gives the change in percent, whole above 10 %, with a true minus", () => {
    expect(text(112, 100)).toBe("+12 %");
    expect(text(96.6, 100)).toBe("\u22123.4 %");
    expect(text(2_500, 100)).toBe("+2,400 %");
  });

  it("never reads no data as zero", () => {
    expect(text(5, null)).toBe("—");
    expect(text(null, 5)).toBe("gone");
    expect(text(5, 0)).toBe("new");
    expect(text(0, 0)).toBe("0 %");
  });
});
