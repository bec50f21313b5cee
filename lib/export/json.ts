import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import type { ExportContext } from "./csv";
import type { ExportRow } from "./export-rows";
import { isoInZone } from "./iso-in-zone";

/** One row as JSON: the CSV's columns, with numbers as numbers and no data as null. */
export interface JsonExportRow {
  readonly kind: ExportRow["kind"];
  readonly series: string;
  readonly statistic?: string;
  readonly metricType: ExportRow["metricType"];
  readonly unit: string;
  readonly interval: Interval | null;
  readonly start: string;
  readonly end: string;
  readonly startEpoch: number;
  readonly endEpoch: number;
  readonly value: number | string | null;
  readonly ratePerSecond: number | null;
  readonly partial: boolean;
}

export function jsonRow(row: ExportRow, zone: string): JsonExportRow {
  return {
    kind: row.kind,
    series: row.series,
    ...(row.statistic === null ? {} : { statistic: row.statistic }),
    metricType: row.metricType,
    unit: row.unit,
    interval: row.interval,
    start: isoInZone(row.start, zone),
    end: isoInZone(row.end, zone),
    startEpoch: row.start,
    endEpoch: row.end,
    value: row.value,
    ratePerSecond: row.ratePerSecond,
    partial: row.partial,
  };
}

/** The head of one set's object in `sets`: everything but its rows and summary. */
export function jsonSetHead(context: ExportContext, range: EpochRange, interval: Interval) {
  return {
    basin: context.basin,
    stream: context.stream,
    set: context.set,
    zone: context.zone,
    interval,
    start: isoInZone(range.start, context.zone),
    end: isoInZone(range.end, context.zone),
    startEpoch: range.start,
    endEpoch: range.end,
  };
}
