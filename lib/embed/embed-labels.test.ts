import { describe, expect, it } from "vitest";
import { embedRangeLabel, embedTimeLabel, embedWhatLabel } from "./embed-labels";

describe("the Embeds page's labels", () => {
  it("says what an embed shows, without repeating a title that is the chart's own name", () => {
    const chart = {
      kind: "chart" as const,
      target: { level: "basin" as const, basin: "prod-events" },
      sets: ["append-ops"],
    };
    expect(embedWhatLabel(chart)).toBe("Append operations chart of basin prod-events");
    expect(embedWhatLabel({ ...chart, title: "Append operations" })).toBe(
      "Append operations chart of basin prod-events",
    );
    expect(embedWhatLabel({ ...chart, title: "Ingest" })).toBe(
      "Ingest (Append operations chart of basin prod-events)",
    );
    expect(
      embedWhatLabel({
        kind: "view",
        target: { level: "stream", basin: "prod-events", stream: "orders" },
        sets: ["storage"],
      }),
    ).toBe("Whole view of stream orders of basin prod-events");
  });

  it("words ranges and times as the dashboard does", () => {
    expect(embedRangeLabel({ kind: "relative", seconds: 86_400 }, "UTC")).toBe("Last 24 hours");
    expect(embedRangeLabel({ kind: "fixed", start: 1_700_000_000, end: 1_700_003_600 }, "UTC")).toBe(
      "14 Nov 22:13–23:13",
    );
    expect(embedTimeLabel(null, "UTC")).toBe("never");
    expect(embedTimeLabel(1_700_000_000_000, "UTC")).toBe("14 Nov 22:13");
  });
});
