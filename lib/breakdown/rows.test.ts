import { describe, expect, it } from "vitest";
import type { ApiMetric } from "@/lib/api/contract";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import { statCardsFor } from "@/lib/chart-data/stat-cards";
import { byteHoursToGiBHours } from "@/lib/meter/gib-months";
import { SPARKLINE_POINTS } from "./figures";
import {
  accountSummary,
  BASIN_ROW_SETS,
  type BasinAnswers,
  basinFigures,
  basinRow,
  streamFigures,
} from "./rows";

const H = 3_600;
const GIB = 1024 ** 3;
/** 2025-03-03T00:00:00Z. */
const T0 = Date.UTC(2025, 2, 3) / 1000;
const range = { start: T0, end: T0 + 6 * H };
const now = T0 + 10 * H;

const gauge = (values: [number, number][]): ApiMetric => ({
  gauge: { name: "storage", unit: "bytes", values },
});
const acc = (name: string, unit: "bytes" | "operations", values: [number, number][]): ApiMetric => ({
  accumulation: { name, unit, interval: "hour", values },
});

const answers: BasinAnswers = {
  storage: {
    range,
    values: [
      gauge([
        [T0, 2 * GIB],
        [T0 + 2 * H, 8 * GIB],
        [T0 + 4 * H, 4 * GIB],
      ]),
    ],
  },
  "append-throughput": {
    range,
    values: [
      acc("standard", "bytes", [
        [T0, 100],
        [T0 + H, 50],
      ]),
      acc("express", "bytes", [[T0 + H, 7]]),
    ],
  },
  "read-throughput": { range, values: [acc("bytes", "bytes", [])] },
  "append-ops": {
    range,
    values: [acc("standard", "operations", [[T0, 3]]), acc("express", "operations", [])],
  },
  "read-ops": { range, values: [acc("unary", "operations", [[T0, 0]])] },
  "basin-ops": {
    range,
    values: [
      acc("list-streams", "operations", [
        [T0, 4],
        [T0 + 7 * H, 99],
      ]),
    ],
  },
};

/** What the basin page's stat cards say for one set, by test id. */
function cardsOf(values: readonly ApiMetric[]) {
  return statCardsFor(splitMetricsByType(values), { range, now, zone: "UTC" });
}
const card = (values: readonly ApiMetric[], testId: string, series?: string) => {
  const cards = cardsOf(values).filter((c) => series === undefined || c.series === series);
  return (cards.find((c) => c.testId === testId) ?? cards.find((c) => c.testId === "stat-accumulation-total"))
    ?.raw;
};

describe("basinFigures: each figure equals a stat card of the basin's page", () => {
  const figures = basinFigures(answers, now);

  it("storage: latest, peak and time-weighted total", () => {
    expect(figures.storageLatest).toBe(card(answers.storage.values, "stat-gauge-latest"));
    expect(figures.storagePeak).toBe(card(answers.storage.values, "stat-gauge-peak"));
    expect(figures.storageByteHours).toBe(card(answers.storage.values, "stat-gauge-total"));
    // 2 GiB × 2 h + 8 GiB × 2 h + 4 GiB × 2 h.
    expect(byteHoursToGiBHours(figures.storageByteHours ?? 0)).toBe(28);
  });

  it("bytes appended and read: the sets' totals (grand total over storage classes)", () => {
    expect(figures.bytesAppended).toBe(157);
    expect(figures.bytesAppended).toBe(
      card(answers["append-throughput"].values, "stat-accumulation-grand-total"),
    );
    // No bucket had data: no data, not 0.
    expect(figures.bytesRead).toBeNull();
    expect(card(answers["read-throughput"].values, "stat-accumulation-total")).toBeNull();
  });

  it("bytes appended by storage class: the total cards of the series named for it", () => {
    const series = (name: string) =>
      card(answers["append-throughput"].values, `stat-accumulation-total`, name);
    expect(figures.bytesAppendedStandard).toBe(150);
    expect(figures.bytesAppendedStandard).toBe(series("standard"));
    expect(figures.bytesAppendedExpress).toBe(7);
    expect(figures.bytesAppendedExpress).toBe(series("express"));
  });

  it("bytes appended of series named for no class: no class figure, so all take the default price", () => {
    const unnamed: BasinAnswers = {
      ...answers,
      "append-throughput": { range, values: [acc("bytes", "bytes", [[T0, 9]])] },
    };
    const f = basinFigures(unnamed, now);
    expect([f.bytesAppended, f.bytesAppendedStandard, f.bytesAppendedExpress]).toEqual([9, null, null]);
  });

  it("operations apart by set (append, read, basin), each its set's total card", () => {
    expect(figures.appendOperations).toBe(3);
    expect(figures.appendOperations).toBe(
      card(answers["append-ops"].values, "stat-accumulation-grand-total"),
    );
    // A recorded zero is data, not blank.
    expect(figures.readOperations).toBe(0);
    expect(figures.readOperations).toBe(card(answers["read-ops"].values, "stat-accumulation-total"));
    expect(figures.basinOperations).toBe(4);
    expect(figures.basinOperations).toBe(card(answers["basin-ops"].values, "stat-accumulation-total"));
  });

  it("operations: append, read and basin operations, buckets off the range left out as on the chart", () => {
    // A recorded zero counts as data; the basin-ops bucket at +7 h lies outside the 6-hour range.
    expect(figures.operations).toBe(3 + 0 + 4);
    const pageTotal = ["append-ops", "read-ops", "basin-ops"].reduce(
      (sum, set) =>
        sum + (card(answers[set as keyof BasinAnswers].values, "stat-accumulation-grand-total") ?? 0),
      0,
    );
    expect(figures.operations).toBe(pageTotal);
  });

  it("keeps a sparkline of at most SPARKLINE_POINTS readings that still holds the peak", () => {
    const many: [number, number][] = Array.from({ length: 600 }, (_, i) => [
      T0 + i * 60,
      i === 321 ? 99 : i % 7,
    ]);
    const stream = streamFigures({ range, values: [gauge(many)] }, now);
    expect(stream.sparkline.length).toBeLessThanOrEqual(SPARKLINE_POINTS);
    expect(Math.max(...stream.sparkline.map(([, v]) => v))).toBe(99);
    expect(stream.peak).toBe(99);
  });

  it("uses the set list of the basin page", () => {
    expect(Object.keys(answers).sort()).toEqual([...BASIN_ROW_SETS].sort());
  });
});

describe("accountSummary", () => {
  it("adds the basins' figures up; a basin without data does not turn a sum into 0 or null", () => {
    const a = basinRow("a", false, basinFigures(answers, now), null);
    const empty = {
      ...a,
      storageLatest: null,
      storageByteHours: null,
      bytesAppended: null,
      bytesAppendedStandard: null,
      bytesAppendedExpress: null,
      appendOperations: null,
      readOperations: null,
      basinOperations: null,
      operations: null,
    };
    const summary = accountSummary([a, empty, a]);
    expect(summary.storageLatest).toBe(8 * GIB);
    expect(summary.storageByteHours).toBe(2 * 28 * GIB);
    expect(summary.bytesAppended).toBe(314);
    expect(summary.bytesRead).toBeNull();
    expect(summary.operations).toBe(14);
    expect([summary.appendOperations, summary.readOperations, summary.basinOperations]).toEqual([6, 0, 8]);
    expect([summary.bytesAppendedStandard, summary.bytesAppendedExpress]).toEqual([300, 14]);
    // Peaks at different times do not add up.
    expect(summary.storagePeak).toBeNull();
  });
});
