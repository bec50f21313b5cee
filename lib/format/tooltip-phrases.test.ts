import { describe, expect, it } from "vitest";
import { bucketPhrase, bucketTooltip, ratePhrase, readingPhrase } from "./tooltip-phrases";

const H = 3_600;
const MAR3 = Date.UTC(2025, 2, 3) / 1000;

describe("tooltip phrases", () => {
  it('says "total over 14:00–15:00" for a bucket and over the whole span for a re-bucketed one', () => {
    expect(bucketPhrase({ from: MAR3 + 14 * H, to: MAR3 + 15 * H }, "UTC")).toBe("total over 14:00–15:00");
    expect(bucketPhrase({ from: MAR3 + 14 * H, to: MAR3 + 18 * H }, "UTC")).toBe("total over 14:00–18:00");
    expect(bucketPhrase({ from: MAR3 + 22 * H, to: MAR3 + 26 * H }, "UTC")).toBe(
      "total over 3 Mar 22:00 – 4 Mar 02:00",
    );
  });

  it('says "per second over 14:00–15:00" for a bar drawn as a rate', () => {
    expect(ratePhrase({ from: MAR3 + 14 * H, to: MAR3 + 15 * H }, "UTC")).toBe("per second over 14:00–15:00");
  });

  it('says "reading at 14:00" for a gauge point', () => {
    expect(readingPhrase(MAR3 + 14 * H, "UTC")).toBe("reading at 14:00");
    expect(readingPhrase(MAR3 + 14 * H, "UTC", { withDate: true })).toBe("reading at 3 Mar 14:00");
  });

  it('says "no data" for a missing bucket but shows a recorded zero as 0', () => {
    const bucket = { from: MAR3, to: MAR3 + H, partial: false };
    expect(bucketTooltip({ ...bucket, value: null }, "operations", "UTC").value).toBe("no data");
    expect(bucketTooltip({ ...bucket, value: 0 }, "operations", "UTC").value).toBe("0");
  });

  it("warns that a partial bucket is still filling", () => {
    const tip = bucketTooltip({ from: MAR3, to: MAR3 + H, value: 1_200, partial: true }, "operations", "UTC");
    expect(tip.value).toBe("1.2k");
    expect(tip.note).toMatch(/still filling/);
  });
});
