import type {
  BasinBreakdownRow,
  BasinFigures,
  StreamBreakdownRow,
  StreamFigures,
} from "@/lib/api/breakdown-contract";
import type { ApiMetric } from "@/lib/api/contract";
import { storageClassOf } from "@/lib/pricing/dimensions";
import type { BasinSet } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { accumulationTotal, type StorageFigures, storageFigures, sumPresent } from "./figures";

/** The basin sets a basins-table row is made of; each is asked for as its own panel asks for it. */
export const BASIN_ROW_SETS = [
  "storage",
  "append-throughput",
  "read-throughput",
  "append-ops",
  "read-ops",
  "basin-ops",
] as const satisfies readonly BasinSet[];
export type BasinRowSet = (typeof BASIN_ROW_SETS)[number];

/** One set's answer with the window it was asked for (the window its stat cards are computed over). */
export interface SetAnswer {
  readonly values: readonly ApiMetric[];
  readonly range: EpochRange;
}

export type BasinAnswers = Readonly<Record<BasinRowSet, SetAnswer>>;

/**
 * A basin's figures, each equal to one stat card of the basin's page: the storage cards, each set's total
 * (its grand total when it has several series), bytes appended per storage class (the total cards of the
 * series whose names say the class: the embedded backend names them `standard` and `express`, S2 publishes
 * no names, so with other names both stay null and every byte takes the `default` price), and operations
 * apart by set, since append and read operations are billed and basin operations (API calls) are not;
 * `operations` is the three together.
 */
export function basinFigures(
  answers: BasinAnswers,
  now: number,
): BasinFigures & Pick<StorageFigures, "sparkline"> {
  const storage = storageFigures(answers.storage.values, answers.storage.range, now);
  const total = (set: BasinRowSet, include?: (series: string) => boolean) =>
    accumulationTotal(answers[set].values, answers[set].range, include);
  const appendOperations = total("append-ops");
  const readOperations = total("read-ops");
  const basinOperations = total("basin-ops");
  return {
    storageLatest: storage.latest,
    storagePeak: storage.peak,
    storageByteHours: storage.byteHours,
    bytesAppended: total("append-throughput"),
    bytesAppendedStandard: total("append-throughput", (s) => storageClassOf(s) === "standard"),
    bytesAppendedExpress: total("append-throughput", (s) => storageClassOf(s) === "express"),
    bytesRead: total("read-throughput"),
    appendOperations,
    readOperations,
    basinOperations,
    operations: sumPresent([appendOperations, readOperations, basinOperations]),
    sparkline: storage.sparkline,
  };
}

export function basinRow(
  name: string,
  deleted: boolean,
  current: BasinFigures & Pick<StorageFigures, "sparkline">,
  previous: BasinFigures | null,
): BasinBreakdownRow {
  const { sparkline, ...figures } = current;
  return {
    name,
    deleted,
    problem: null,
    ...figures,
    sparkline,
    previous: previous && withoutSparkline(previous),
  };
}

/** Every figure of a basin, none known. */
const NO_FIGURES: BasinFigures = {
  storageLatest: null,
  storagePeak: null,
  storageByteHours: null,
  bytesAppended: null,
  bytesAppendedStandard: null,
  bytesAppendedExpress: null,
  bytesRead: null,
  appendOperations: null,
  readOperations: null,
  basinOperations: null,
  operations: null,
};

/** A row for a basin whose figures could not be had (a 403 outside the token's scope, a deleted basin). */
export function unavailableBasinRow(name: string, deleted: boolean, problem: string): BasinBreakdownRow {
  return {
    name,
    deleted,
    problem,
    ...NO_FIGURES,
    sparkline: [],
    previous: null,
  };
}

function withoutSparkline<F extends object>(figures: F & { sparkline?: unknown }): Omit<F, "sparkline"> {
  const { sparkline: _sparkline, ...rest } = figures;
  return rest;
}

/** The account's summary row: every basin's figures summed (storage levels add up across basins). */
export function accountSummary(rows: readonly BasinFigures[]): BasinFigures {
  const keys = Object.keys(NO_FIGURES) as (keyof BasinFigures)[];
  const summed = Object.fromEntries(keys.map((key) => [key, sumPresent(rows.map((row) => row[key]))]));
  // Peaks of different basins need not coincide: the account's peak is not their sum, so none is given.
  return { ...(summed as BasinFigures), storagePeak: null };
}

/** A stream's figures: its page's three storage stat cards. */
export function streamFigures(
  answer: SetAnswer,
  now: number,
): StreamFigures & Pick<StorageFigures, "sparkline"> {
  const { latest, peak, byteHours, sparkline } = storageFigures(answer.values, answer.range, now);
  return { latest, peak, byteHours, sparkline };
}

export function streamRow(
  name: string,
  deleted: boolean,
  current: StreamFigures & Pick<StorageFigures, "sparkline">,
  previous: StreamFigures | null,
): StreamBreakdownRow {
  return { name, deleted, ...current, previous: previous && withoutSparkline(previous) };
}
